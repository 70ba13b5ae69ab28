import { apiRoutes, type PagedMessage } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { upsertChat } from "../chat-queries.js";
import { fetchMessagePage } from "../history/fetch-message-page.js";
import { loadBranchWindow } from "../history/load-branch-window.js";
import { emptyWindow, windowAbove, windowFromPage } from "../history/message-window.js";
import { readWindow, writeWindow } from "../history/window-cache.js";

/**
 * Deletes a message and everything below it. The server moves the chat to the newest remaining
 * branch; the rows above the deleted message stay, and what now follows them is loaded.
 */
export async function deleteMessage(queryClient: QueryClient, message: PagedMessage): Promise<void> {
  const { chatId } = message;
  const chat = await callApi(apiRoutes.deleteMessage, { params: { messageId: message.id } });
  upsertChat(queryClient, chat);
  const kept = windowAbove(readWindow(queryClient, chatId) ?? emptyWindow, message.id);
  // With nothing kept, the cursor would point at the deleted message: start from the new end.
  const next =
    kept.messages.length === 0
      ? windowFromPage(await fetchMessagePage(chatId), true)
      : await loadBranchWindow(chatId, kept);
  await writeWindow(queryClient, chatId, () => next);
  void queryClient.invalidateQueries({ queryKey: queryKeys.branchMap(chatId) });
}
