import { apiRoutes, type PagedMessage } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { upsertChat } from "../chat-queries.js";
import { loadBranchWindow } from "../history/load-branch-window.js";
import { emptyWindow, windowAbove } from "../history/message-window.js";
import { readWindow, writeWindow } from "../history/window-cache.js";

/**
 * `‹ ›`: shows `siblingId` in place of `message`. The server moves the chat to the newest leaf
 * below the sibling; the window keeps everything above, so the rows above stay where they are
 * and the sibling appears exactly where the old message was.
 */
export async function switchSibling(queryClient: QueryClient, message: PagedMessage, siblingId: string): Promise<void> {
  const { chatId } = message;
  const chat = await callApi(apiRoutes.switchBranch, { params: { chatId }, body: { messageId: siblingId } });
  upsertChat(queryClient, chat);
  void queryClient.invalidateQueries({ queryKey: queryKeys.branchMap(chatId) });
  const kept = windowAbove(readWindow(queryClient, chatId) ?? emptyWindow, message.id);
  const next = await loadBranchWindow(chatId, kept, siblingId);
  await writeWindow(queryClient, chatId, () => next);
}

/** The sibling `step` places away (−1 previous, +1 next), if there is one. */
export function siblingAt(message: PagedMessage, step: -1 | 1): string | undefined {
  return message.siblings.ids[message.siblings.index + step];
}
