import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { languages } from "@codemirror/language-data";
import { Compartment, EditorState, Prec, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { useEffect, useRef } from "react";
import { findLanguage } from "../../renderers/code/code-language.js";
import { codeTheme } from "../../renderers/code/code-theme.js";
import { lineSeparatorFor } from "../files/file-bytes.js";

export interface FileEditorProps {
  path: string;
  text: string;
  /** A new value replaces the document with `text` (a reload); edits alone never do. */
  revision: number;
  onChange: (text: string) => void;
  readOnly?: boolean;
}

// The shared code theme is for read-only views; an editor needs a caret and the panel's height.
const editorTheme = Prec.high(
  EditorView.theme({
    "&": { height: "100%", maxHeight: "none" },
    ".cm-content": { caretColor: "var(--color-fg)" },
    ".cm-activeLine, .cm-activeLineGutter": {
      backgroundColor: "color-mix(in oklab, var(--color-hover) 60%, transparent)",
    },
    ".cm-cursor": { borderLeftColor: "var(--color-fg)" },
  }),
);

/**
 * The workspace file editor: CodeMirror with history, the usual keys and the grammar for the
 * file name. Loaded lazily with the panel's editor chunk. Text goes out through `sliceDoc`, which
 * joins lines with the file's own line break, so saving never rewrites line endings.
 */
export default function FileEditor({ path, text, revision, onChange, readOnly = false }: FileEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const separatorSlot = useRef(new Compartment());
  const readOnlySlot = useRef(new Compartment());
  const latest = useRef({ onChange, text });
  useEffect(() => {
    latest.current = { onChange, text };
  });

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const languageSlot = new Compartment();
    const extensions: Extension[] = [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      EditorView.lineWrapping,
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      EditorView.contentAttributes.of({ "aria-label": `Contents of ${path}` }),
      codeTheme("none"),
      editorTheme,
      separatorSlot.current.of(EditorState.lineSeparator.of(lineSeparatorFor(latest.current.text))),
      readOnlySlot.current.of(EditorState.readOnly.of(false)),
      languageSlot.of([]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !update.transactions.some((transaction) => transaction.isUserEvent("reload"))) {
          latest.current.onChange(update.state.sliceDoc());
        }
      }),
    ];
    const view = new EditorView({ parent: host, state: EditorState.create({ doc: latest.current.text, extensions }) });
    viewRef.current = view;
    let cancelled = false;
    findLanguage(languages, { path })
      ?.load()
      .then(
        (support) => {
          if (!cancelled) view.dispatch({ effects: languageSlot.reconfigure(support) });
        },
        // Without its grammar the file is still editable as plain text.
        () => undefined,
      );
    return () => {
      cancelled = true;
      viewRef.current = null;
      view.destroy();
    };
  }, [path]);

  useEffect(() => {
    const view = viewRef.current;
    if (view === null) return;
    const next = latest.current.text;
    if (view.state.sliceDoc() === next) return;
    view.dispatch({
      effects: separatorSlot.current.reconfigure(EditorState.lineSeparator.of(lineSeparatorFor(next))),
    });
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: next },
      userEvent: "reload",
    });
  }, [revision]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: readOnlySlot.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  return <div ref={hostRef} data-testid="file-editor" className="h-full min-h-0 overflow-hidden" />;
}
