import type { Chat } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { chatListQuery } from "./chat-queries.js";
import { usePendingChatPatches, withPendingPatches } from "./chat-update.js";

/** All chats, newest first, showing changes the user made that the server has not confirmed yet. */
export function useChatList() {
  const query = useQuery(chatListQuery);
  const pending = usePendingChatPatches();
  const data = useMemo(
    () => (pending.length === 0 ? query.data : query.data?.map((chat) => withPendingPatches(chat, pending))),
    [query.data, pending],
  );
  return { ...query, data };
}

/**
 * One chat's own fields, from the chat list: the chat view pages its messages separately, so a
 * chat of ten thousand messages never travels in one response just to show its title.
 */
export function useChat(chatId: string) {
  const query = useQuery({
    ...chatListQuery,
    select: (data): Chat | undefined => data.chats.find((chat) => chat.id === chatId),
  });
  const pending = usePendingChatPatches();
  const data = useMemo(
    () => (query.data === undefined || pending.length === 0 ? query.data : withPendingPatches(query.data, pending)),
    [query.data, pending],
  );
  return { ...query, data };
}
