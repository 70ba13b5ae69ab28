import type { MessagePage } from "@covalt/contracts";
import { fetchMessagePage, largestPageSize } from "./fetch-message-page.js";
import { joinWindows, windowFromPage, type MessageWindow } from "./message-window.js";

/**
 * What the transcript shows after the active branch changed below `kept` (a sibling switch, a
 * jump to a message): the newest page joined to what is kept when they meet; when the branch
 * below is too long for that, the stretch ending at `anchorId`, with the rest loaded on demand.
 */
export async function loadBranchWindow(chatId: string, kept: MessageWindow, anchorId?: string): Promise<MessageWindow> {
  const newest = windowFromPage(await fetchMessagePage(chatId), true);
  const joined = joinWindows(kept, newest);
  if (anchorId === undefined || newest.messages.some((message) => message.id === anchorId)) return joined ?? newest;
  const island = windowFromPage(await fetchMessagePage(chatId, { at: anchorId }), false);
  return joinWindows(kept, island) ?? island;
}

/**
 * Loads the messages between the window's last one and the branch's newest, walking up from the
 * newest in large pages until the two meet. Undefined when they never meet (the branch changed):
 * the caller then starts over from the newest page.
 */
export async function loadBelowWindow(chatId: string, current: MessageWindow): Promise<MessageWindow | undefined> {
  let below: MessageWindow | undefined;
  let page: MessagePage = await fetchMessagePage(chatId, { limit: largestPageSize });
  for (;;) {
    const stretch = windowFromPage(page, below === undefined);
    below = below === undefined ? stretch : (joinWindows(stretch, below) ?? below);
    const joined = joinWindows(current, below);
    if (joined !== undefined) return joined;
    if (page.olderCursor === null) return undefined;
    page = await fetchMessagePage(chatId, { before: page.olderCursor, limit: largestPageSize });
  }
}
