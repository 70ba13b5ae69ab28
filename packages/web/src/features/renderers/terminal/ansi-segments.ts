import Anser from "anser";
import { ansiColor } from "./ansi-palette.js";

/** A run of terminal text with one style; rendered as a <span> with inline styles, never as HTML. */
export interface AnsiSegment {
  text: string;
  color?: string;
  background?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

/**
 * Parses ANSI SGR codes into styled segments; cursor movement and other control sequences are
 * dropped. Reverse video swaps the colours; hidden text is left out.
 */
export function ansiSegments(output: string): AnsiSegment[] {
  const entries = Anser.ansiToJson(output, { json: true, use_classes: true, remove_empty: true });
  const segments: AnsiSegment[] = [];
  for (const entry of entries) {
    const decorations = new Set(entry.decorations);
    if (entry.content === "" || decorations.has("hidden")) continue;
    // anser keeps the last truecolor values around, so read them only when the colour says so.
    let color = ansiColor(entry.fg, entry.fg === "ansi-truecolor" ? entry.fg_truecolor : null);
    let background = ansiColor(entry.bg, entry.bg === "ansi-truecolor" ? entry.bg_truecolor : null);
    if (decorations.has("reverse"))
      [color, background] = [background ?? "var(--terminal-bg)", color ?? "var(--terminal-fg)"];
    const segment: AnsiSegment = { text: entry.content };
    if (color !== undefined) segment.color = color;
    if (background !== undefined) segment.background = background;
    if (decorations.has("bold")) segment.bold = true;
    if (decorations.has("dim")) segment.dim = true;
    if (decorations.has("italic")) segment.italic = true;
    if (decorations.has("underline")) segment.underline = true;
    if (decorations.has("strikethrough")) segment.strikethrough = true;
    segments.push(segment);
  }
  return segments;
}

/** The output without escape codes, for copying. */
export function ansiPlainText(output: string): string {
  return Anser.ansiToText(output);
}
