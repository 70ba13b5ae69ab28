import type { ToolInfo } from "@covalt/contracts";
import { ArrowUp, Paperclip, Square } from "lucide-react";
import { useRef, type ReactNode } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { classNames } from "../../../shared/ui/class-names.js";
import { McpPromptForm } from "../../mcp-prompts/mcp-prompt-form.js";
import { McpPromptList } from "../../mcp-prompts/mcp-prompt-list.js";
import { McpResourceAttach } from "../../mcp-resources/mcp-resource-attach.js";
import { ToolMentionList } from "../../tools/tool-mention-list.js";
import { pasteAttachesFiles } from "../attachments/attachment-files.js";
import { useAutosize } from "./use-autosize.js";
import { useFileDrop } from "./use-file-drop.js";
import { useSlashCommands } from "./use-slash-commands.js";
import { useToolMentions } from "./use-tool-mentions.js";

interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onStop: () => void;
  /** Up in an empty composer edits the last question (true when there was one to edit). */
  onEditLast?: (() => boolean) | undefined;
  /** A run of this chat is streaming: the send button becomes Stop. */
  streaming: boolean;
  stopping: boolean;
  /** Sending is impossible (no model, a send in flight); typing still works. */
  sendBlocked: boolean;
  placeholder: string;
  /** The model selector and anything else in the bottom bar. */
  tools: ReactNode;
  /** The tools `@` suggests; none turns suggestions off. */
  mentionTools?: readonly ToolInfo[] | undefined;
  autoFocus?: boolean;
  /** Files dropped, pasted or picked; absent turns attaching off. `pasted` for the clipboard's. */
  onAttachFiles?: ((files: File[], pasted: boolean) => void) | undefined;
  /** The attached files' chips, above the text box. */
  attachments?: ReactNode;
  /** Why Send is disabled when text is there (uploads under way), as its tooltip. */
  sendHint?: string | undefined;
  /** `/` at a line start offers MCP prompts; a prompt that cannot be used reports here. Absent turns them off. */
  onCommandError?: ((message: string) => void) | undefined;
}

const noTools: readonly ToolInfo[] = [];

const maxTextareaHeight = 280;

export function Composer({
  value,
  onChange,
  onSubmit,
  onStop,
  onEditLast,
  streaming,
  stopping,
  sendBlocked,
  placeholder,
  tools,
  mentionTools = noTools,
  autoFocus = false,
  onAttachFiles,
  attachments,
  sendHint,
  onCommandError,
}: ComposerProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const drop = useFileDrop(
    onAttachFiles &&
      ((files) => {
        onAttachFiles(files, false);
        textarea.current?.focus();
      }),
  );
  useAutosize(textarea, value, maxTextareaHeight);
  const mentions = useToolMentions(textarea, value, onChange, mentionTools);
  const commands = useSlashCommands(textarea, value, onChange, {
    enabled: onCommandError !== undefined,
    onError: (message) => onCommandError?.(message),
  });
  const listOpen = mentions.open || commands.open;
  const canSend = value.trim() !== "" && !sendBlocked && !streaming;

  return (
    <form
      data-testid="composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) onSubmit();
      }}
      className={classNames(
        "relative rounded-2xl border border-line bg-card shadow-card transition-[border-color,box-shadow] duration-150",
        "focus-within:border-line-strong focus-within:shadow-float",
      )}
      onClick={(event) => {
        // The whole card is the input's hit area, except its buttons.
        if (event.target === event.currentTarget) textarea.current?.focus();
      }}
      {...drop.handlers}
    >
      {drop.active && (
        <div
          data-testid="composer-drop-zone"
          className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center gap-2 rounded-2xl border-2 border-dashed border-accent bg-accent-soft/90 text-[14px] font-medium text-accent-fg"
        >
          <Paperclip className="size-4" aria-hidden="true" />
          Drop files to attach
        </div>
      )}
      {attachments}
      {commands.form && (
        <McpPromptForm
          prompt={commands.form.entry.prompt}
          serverName={commands.form.entry.serverName}
          values={commands.form.values}
          errors={commands.form.errors}
          busy={commands.busy}
          onChange={commands.setArgument}
          onSubmit={commands.submitForm}
          onCancel={commands.cancelForm}
        />
      )}
      {commands.open && (
        <McpPromptList
          groups={commands.groups}
          activeIndex={commands.activeIndex}
          loading={commands.loading}
          onHover={commands.hover}
          onPick={commands.pick}
        />
      )}
      {mentions.open && (
        <ToolMentionList
          suggestions={mentions.suggestions}
          tools={mentionTools}
          activeIndex={mentions.activeIndex}
          onHover={mentions.hover}
          onPick={mentions.pick}
        />
      )}
      <textarea
        ref={textarea}
        rows={1}
        autoFocus={autoFocus}
        value={value}
        placeholder={placeholder}
        aria-label="Message"
        data-testid="composer-input"
        role={listOpen ? "combobox" : undefined}
        aria-expanded={listOpen ? true : undefined}
        aria-autocomplete={listOpen ? "list" : undefined}
        aria-busy={commands.busy || undefined}
        onChange={(event) => {
          onChange(event.target.value);
          mentions.trackCaret(event.target);
          commands.trackCaret(event.target);
        }}
        onSelect={(event) => {
          mentions.trackCaret(event.currentTarget);
          commands.trackCaret(event.currentTarget);
        }}
        onBlur={(event) => {
          mentions.trackCaret(event.currentTarget, false);
          commands.trackCaret(event.currentTarget, false);
        }}
        onPaste={(event) => {
          if (onAttachFiles === undefined) return;
          const clipboard = event.clipboardData;
          const files = Array.from(clipboard.files);
          if (!pasteAttachesFiles({ fileCount: files.length, types: Array.from(clipboard.types) })) return;
          event.preventDefault();
          onAttachFiles(files, true);
        }}
        onKeyDown={(event) => {
          if (commands.onKeyDown(event)) return;
          if (mentions.onKeyDown(event)) return;
          const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
          if (event.key === "ArrowUp" && plain && value === "" && onEditLast?.() === true) {
            event.preventDefault();
            return;
          }
          if (event.key === "Escape" && streaming && !stopping) {
            event.preventDefault();
            onStop();
            return;
          }
          // Enter sends; Shift+Enter breaks the line; an IME composition keeps its own Enter.
          if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
          event.preventDefault();
          if (canSend) onSubmit();
        }}
        className="block max-h-[280px] w-full resize-none bg-transparent px-4 pt-3.5 pb-1 text-[14.5px] leading-relaxed text-fg outline-none placeholder:text-fg-subtle"
      />
      <div className="flex items-center gap-2 px-2 pt-1 pb-2">
        <div className="flex min-w-0 flex-1 items-center gap-1">
          {onAttachFiles && (
            <>
              <IconButton
                label="Attach files"
                size="sm"
                data-testid="composer-attach"
                onClick={() => {
                  picker.current?.click();
                }}
              >
                <Paperclip aria-hidden="true" />
              </IconButton>
              <input
                ref={picker}
                type="file"
                multiple
                hidden
                tabIndex={-1}
                data-testid="composer-attach-input"
                onChange={(event) => {
                  const files = Array.from(event.target.files ?? []);
                  // Cleared so picking the same file again still reports a change.
                  event.target.value = "";
                  if (files.length > 0) onAttachFiles(files, false);
                  textarea.current?.focus();
                }}
              />
              <McpResourceAttach
                onAttach={(file) => {
                  onAttachFiles([file], false);
                  textarea.current?.focus();
                }}
              />
            </>
          )}
          {tools}
        </div>
        {streaming ? (
          <button
            type="button"
            onClick={onStop}
            disabled={stopping}
            aria-label="Stop generating"
            title="Stop generating"
            data-testid="composer-stop"
            className="flex size-8 shrink-0 items-center justify-center rounded-full bg-fg text-canvas transition-opacity duration-150 hover:opacity-85 disabled:opacity-50"
          >
            <Square className="size-3 fill-current" aria-hidden="true" />
          </button>
        ) : (
          <button
            type="submit"
            disabled={!canSend}
            aria-label="Send message"
            title={sendHint ?? "Send (Enter)"}
            data-testid="composer-send"
            className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent text-on-accent transition-colors duration-150 hover:bg-accent-hover disabled:bg-hover disabled:text-fg-subtle"
          >
            <ArrowUp className="size-4" strokeWidth={2.4} aria-hidden="true" />
          </button>
        )}
      </div>
    </form>
  );
}
