import { apiRoutes, type Chat, type RouteBody } from "@covalt/contracts";
import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";
import { upsertChat } from "./chat-queries.js";

export type ChatPatch = RouteBody<typeof apiRoutes.updateChat>;

interface ChatUpdate {
  chatId: string;
  patch: ChatPatch;
}

const updateChatKey = ["update-chat"] as const;

/**
 * Saves fields of a chat (title, model, tools). Until the server answers, `useChat` and the chat
 * list show the new values through `usePendingChatPatches`, so a list refetch that raced the PATCH
 * (a socket reconnect, another chat's event) cannot flip them back; a refused change simply stops
 * showing. Afterwards the list is refetched, which also replaces any stale fetch still in flight.
 */
export function useUpdateChat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateChatKey,
    mutationFn: (input: ChatUpdate) =>
      callApi(apiRoutes.updateChat, { params: { chatId: input.chatId }, body: input.patch }),
    onSuccess: (updated) => {
      upsertChat(queryClient, updated);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.chatList }),
  });
}

/** The changes still on their way to the server, oldest first. */
export function usePendingChatPatches(): readonly ChatUpdate[] {
  return useMutationState({
    filters: { mutationKey: updateChatKey, status: "pending" },
    select: (mutation) => mutation.state.variables as ChatUpdate,
  });
}

/** A chat as it will be once the pending changes are saved. */
export function withPendingPatches(chat: Chat, pending: readonly ChatUpdate[]): Chat {
  let result = chat;
  for (const { chatId, patch } of pending) {
    if (chatId !== chat.id) continue;
    result = {
      ...result,
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.model !== undefined && { model: patch.model }),
      ...(patch.tools !== undefined && { tools: patch.tools }),
    };
  }
  return result;
}
