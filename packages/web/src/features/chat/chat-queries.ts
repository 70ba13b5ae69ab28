import { apiRoutes, type Chat, type Message } from "@covalt/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

export interface ChatWithMessages {
  chat: Chat;
  messages: Message[];
}

export const chatListQuery = queryOptions({
  queryKey: queryKeys.chatList,
  queryFn: ({ signal }) => callApi(apiRoutes.listChats, { signal }),
  select: (data) => data.chats,
});

/** Structural sharing keeps unchanged messages identical across refetches, so their rows stay memoized. */
export function chatQuery(chatId: string) {
  return queryOptions({
    queryKey: queryKeys.chat(chatId),
    queryFn: ({ signal }): Promise<ChatWithMessages> => callApi(apiRoutes.getChat, { params: { chatId }, signal }),
  });
}

export async function refreshChat(queryClient: QueryClient, chatId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.chat(chatId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.chatList }),
  ]);
}
