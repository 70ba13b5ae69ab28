import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, lineNumbers } from "@codemirror/view";
import { languages } from "@codemirror/language-data";
import { useEffect, useRef } from "react";
import { findLanguage } from "./code-language.js";
import { codeTheme } from "./code-theme.js";

interface CodeMirrorViewProps {
  content: string;
  language?: string | undefined;
  path?: string | undefined;
  maxHeight?: string;
  /** Named for screen readers, since the editor surface itself has no label. */
  label: string;
}

/**
 * A read-only CodeMirror view. The grammar loads on demand (language-data keeps one lazy
 * loader per language), so a result shows as plain text first and gains colours a moment later.
 */
export function CodeMirrorView({ content, language, path, maxHeight = "24rem", label }: CodeMirrorViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const languageSlot = new Compartment();
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: content,
        extensions: [
          EditorState.readOnly.of(true),
          EditorView.editable.of(false),
          EditorView.contentAttributes.of({ "aria-label": label }),
          lineNumbers(),
          codeTheme(maxHeight),
          languageSlot.of([]),
        ],
      }),
    });
    let cancelled = false;
    const description = findLanguage(languages, { language, path });
    description?.load().then(
      (support) => {
        if (!cancelled) view.dispatch({ effects: languageSlot.reconfigure(support) });
      },
      // A grammar that fails to load leaves the code readable as plain text.
      () => undefined,
    );
    return () => {
      cancelled = true;
      view.destroy();
    };
  }, [content, language, path, maxHeight, label]);

  return <div ref={hostRef} className="min-w-0" />;
}
