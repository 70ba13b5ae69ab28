import { apiRoutes } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { upsertChat } from "../chat-queries.js";
import { fetchMessagePage } from "../history/fetch-message-page.js";
import { loadBranchWindow } from "../history/load-branch-window.js";
import { emptyWindow, windowFromPage } from "../history/message-window.js";
import { readWindow, writeWindow } from "../history/window-cache.js";
import { requestReveal } from "../transcript/transcript-store.js";

export interface JumpTarget {
  chatId: string;
  /** The message to scroll to and highlight. */
  messageId: string;
  /**
   * Where to move the active branch when the message is not on it (the newest leaf below this
   * message is chosen). Defaults to `messageId`; the branch map passes a segment's last message.
   */
  branchVia?: string;
  /** The caller knows the message is on the active branch (a branch-map segment on the current path). */
  onActiveBranch?: boolean;
}

/**
 * Brings a message into view, from search or the branch map: when it is not on the chat's active
 * branch, the branch is switched first. The window is prepared before the caller navigates, so
 * the chat opens on the right stretch rather than flashing its end first.
 *
 * Whether the message is on the active branch is only known when it is within the loaded or the
 * newest page; a message further up is treated as off-branch (see the report on `SearchHit`).
 */
export async function jumpToMessage(queryClient: QueryClient, target: JumpTarget): Promise<void> {
  const { chatId, messageId } = target;
  const loaded = readWindow(queryClient, chatId);
  if (loaded?.messages.some((message) => message.id === messageId)) {
    requestReveal(chatId, messageId);
    return;
  }
  if (target.onActiveBranch !== true) {
    const newest = await fetchMessagePage(chatId);
    if (newest.messages.some((message) => message.id === messageId)) {
      await writeWindow(queryClient, chatId, () => windowFromPage(newest, true));
      requestReveal(chatId, messageId);
      return;
    }
    const chat = await callApi(apiRoutes.switchBranch, {
      params: { chatId },
      body: { messageId: target.branchVia ?? messageId },
    });
    upsertChat(queryClient, chat);
    void queryClient.invalidateQueries({ queryKey: queryKeys.branchMap(chatId) });
  }
  const next = await loadBranchWindow(chatId, emptyWindow, messageId);
  await writeWindow(queryClient, chatId, () => next);
  requestReveal(chatId, messageId);
}
