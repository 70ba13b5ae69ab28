import type { PagedMessage } from "@covalt/contracts";
import { useRef, useState } from "react";
import { errorMessage } from "../../../shared/api/error-message.js";
import { Button } from "../../../shared/ui/button.js";
import { useAutosize } from "../composer/use-autosize.js";
import { useMessageActions } from "./message-actions-context.js";
import { setEditing } from "./transcript-store.js";

const maxEditorHeight = 360;

/**
 * Edit-in-place for a question. Saving sends the new text as a sibling of the original (a new
 * branch; the old one stays); Enter saves, Shift+Enter breaks the line, Escape cancels.
 */
export function MessageEditor({ message, initialText }: { message: PagedMessage; initialText: string }) {
  const actions = useMessageActions();
  const [text, setText] = useState(initialText);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useAutosize(textarea, text, maxEditorHeight);
  const canSave = text.trim() !== "" && !saving;

  const cancel = () => {
    setEditing(undefined);
  };
  const save = async () => {
    if (!canSave) return;
    setSaving(true);
    setError(undefined);
    try {
      await actions.saveEdit(message, text.trim());
      setEditing(undefined);
    } catch (failure) {
      setError(errorMessage(failure));
      setSaving(false);
    }
  };

  return (
    <form
      data-testid="message-editor"
      className="w-full rounded-2xl border border-line-strong bg-card p-2 shadow-card"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        ref={textarea}
        autoFocus
        value={text}
        aria-label="Edit message"
        data-testid="message-editor-input"
        onFocus={(event) => {
          const end = event.target.value.length;
          event.target.setSelectionRange(end, end);
        }}
        onChange={(event) => {
          setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            cancel();
          } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void save();
          }
        }}
        className="block w-full resize-none bg-transparent px-2 py-1.5 text-[15px] leading-relaxed text-fg outline-none"
      />
      {error && (
        <p role="alert" className="px-2 pb-1 text-[12.5px] text-danger-fg">
          {error}
        </p>
      )}
      <div className="flex items-center justify-end gap-2 pt-1">
        <span className="mr-auto px-2 text-[12px] text-fg-subtle">Saving starts a new branch; this one stays.</span>
        <Button variant="ghost" size="xs" onClick={cancel} data-testid="message-editor-cancel">
          Cancel
        </Button>
        <Button type="submit" variant="primary" size="xs" disabled={!canSave} data-testid="message-editor-save">
          {saving ? "Sending…" : "Save & send"}
        </Button>
      </div>
    </form>
  );
}
