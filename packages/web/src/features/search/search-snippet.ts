/** The server marks matched terms in a plain-text snippet with these control characters, never with markup. */
const matchStart = "\u0001";
const matchEnd = "\u0002";

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a search snippet into plain and matched runs, for rendering matches as `<mark>` elements
 * (text nodes, never innerHTML: the snippet is message text and may contain anything). A marker
 * left unclosed by truncation ends at the snippet's end; stray markers are dropped.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last?.match === match) last.text += text;
    else parts.push({ text, match });
    text = "";
  };
  for (const character of snippet) {
    if (character === matchStart || character === matchEnd) {
      flush();
      match = character === matchStart;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}
