import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../shared/api/query-keys.js";
import type { MessageWindow } from "./message-window.js";

export function readWindow(queryClient: QueryClient, chatId: string): MessageWindow | undefined {
  return queryClient.getQueryData<MessageWindow>(queryKeys.chatMessages(chatId));
}

/**
 * Replaces a chat's window with what an action just produced (undefined: leave it), and returns
 * that. A fetch that started before the action is cancelled first: it would land afterwards with
 * the old branch.
 */
export async function writeWindow(
  queryClient: QueryClient,
  chatId: string,
  update: (current: MessageWindow | undefined) => MessageWindow | undefined,
): Promise<MessageWindow | undefined> {
  const queryKey = queryKeys.chatMessages(chatId);
  await queryClient.cancelQueries({ queryKey, exact: true });
  const next = update(queryClient.getQueryData<MessageWindow>(queryKey));
  if (next !== undefined) queryClient.setQueryData<MessageWindow>(queryKey, next);
  return next;
}
