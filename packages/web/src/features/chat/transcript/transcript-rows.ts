import type { PagedMessage } from "@covalt/contracts";
import { messageText } from "../blocks/message-text.js";
import type { MessageWindow } from "../history/message-window.js";

/**
 * The virtual list's rows: the messages, plus an edge row above them while older pages exist
 * (it loads them when it scrolls into view) and one below while the branch's end is not loaded.
 */
export type TranscriptRow =
  { kind: "older" } | { kind: "message"; message: PagedMessage; branchEnd: boolean } | { kind: "newer" };

export function transcriptRows(messageWindow: MessageWindow): TranscriptRow[] {
  const rows: TranscriptRow[] = [];
  if (messageWindow.olderCursor !== null) rows.push({ kind: "older" });
  const lastIndex = messageWindow.messages.length - 1;
  messageWindow.messages.forEach((message, index) => {
    rows.push({ kind: "message", message, branchEnd: messageWindow.reachesLeaf && index === lastIndex });
  });
  if (!messageWindow.reachesLeaf) rows.push({ kind: "newer" });
  return rows;
}

/** Stable across pages and refetches: the virtualizer keeps measured heights and the scroll anchor by key. */
export function rowKey(row: TranscriptRow): string {
  return row.kind === "message" ? row.message.id : row.kind;
}

const edgeRowHeight = 56;
const lineHeight = 26;
/** Characters per line at the transcript's reading width (768 px of 15 px text). */
const charactersPerLine = 85;

/**
 * A first guess at a row's height before it is measured. Good guesses keep the scrollbar honest
 * and make corrections small when rows above the viewport get measured.
 */
export function estimateRowHeight(row: TranscriptRow): number {
  if (row.kind !== "message") return edgeRowHeight;
  const text = messageText(row.message.content.blocks);
  const lines = text
    .split("\n")
    .reduce((total, line) => total + Math.max(1, Math.ceil(line.length / charactersPerLine)), 0);
  // Bubble or footer chrome plus the gap to the next row.
  const chrome = row.message.role === "user" ? 76 : 64;
  const otherBlocks = row.message.content.blocks.filter((block) => block.type !== "text").length;
  return chrome + lines * lineHeight + otherBlocks * 44;
}
