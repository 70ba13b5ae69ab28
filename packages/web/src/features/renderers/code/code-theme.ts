import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

/**
 * Colours are `light-dark()` pairs: the theme store sets `color-scheme` on <html>, so the editor
 * follows the app's theme without being rebuilt when the user switches it.
 */
const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;

const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword], color: pair("#cf222e", "#ff7b72") },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: pair("#0a3069", "#a5d6ff") },
  { tag: [tags.comment, tags.meta], color: pair("#6e7781", "#8b949e"), fontStyle: "italic" },
  { tag: [tags.number, tags.bool, tags.atom, tags.null], color: pair("#0550ae", "#79c0ff") },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: pair("#8250df", "#d2a8ff") },
  { tag: [tags.typeName, tags.className, tags.namespace], color: pair("#953800", "#ffa657") },
  { tag: [tags.propertyName, tags.attributeName], color: pair("#0550ae", "#79c0ff") },
  { tag: [tags.tagName, tags.labelName], color: pair("#116329", "#7ee787") },
  { tag: tags.heading, fontWeight: "600", color: pair("#0550ae", "#79c0ff") },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "600" },
  { tag: tags.link, textDecoration: "underline" },
  { tag: tags.invalid, color: pair("#82071e", "#ffa198") },
]);

export function codeTheme(maxHeight: string) {
  return [
    EditorView.theme({
      "&": {
        backgroundColor: "var(--color-code)",
        color: "var(--color-fg)",
        fontSize: "12.5px",
        maxHeight,
      },
      "&.cm-focused": { outline: "none" },
      ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6", overflow: "auto" },
      ".cm-content": { padding: "8px 0", caretColor: "transparent" },
      ".cm-gutters": {
        backgroundColor: "var(--color-code)",
        color: "var(--color-fg-subtle)",
        border: "none",
        paddingLeft: "4px",
      },
      ".cm-lineNumbers .cm-gutterElement": { padding: "0 10px 0 6px", minWidth: "28px" },
      ".cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection": {
        backgroundColor: "var(--color-accent-soft) !important",
      },
    }),
    syntaxHighlighting(highlightStyle),
  ];
}
