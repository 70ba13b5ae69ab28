import { apiRoutes, type Chat } from "@covalt/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

export const chatListQuery = queryOptions({
  queryKey: queryKeys.chatList,
  queryFn: ({ signal }) => callApi(apiRoutes.listChats, { signal }),
  select: (data) => data.chats,
});

/** Puts a chat the server just returned (created, forked, switched, renamed) into the list at once. */
export function upsertChat(queryClient: QueryClient, chat: Chat): void {
  queryClient.setQueryData<{ chats: Chat[] }>(queryKeys.chatList, (data) => {
    if (data === undefined) return { chats: [chat] };
    const exists = data.chats.some((item) => item.id === chat.id);
    return {
      chats: exists ? data.chats.map((item) => (item.id === chat.id ? chat : item)) : [chat, ...data.chats],
    };
  });
}

/** Refetches what is shown of a chat: its messages, its branch map, and its entry in the list. */
export async function refreshChat(queryClient: QueryClient, chatId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.chat(chatId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.chatList }),
  ]);
}
