import { apiRoutes, type Chat } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { patchListedChat, upsertChat } from "../chat-queries.js";
import { newChatDraftKey, useDraftStore } from "./draft-store.js";

const noTools: readonly string[] = [];

/**
 * The tools a chat lets the model call. An existing chat saves each change at once (shown before
 * the server confirms, rolled back if it refuses); the new-chat page keeps them in its draft until
 * the first send creates the chat with them.
 */
export function useChatTools(chat: Chat | undefined) {
  const draftTools = useDraftStore((state) => state.drafts[newChatDraftKey]?.tools);
  const queryClient = useQueryClient();

  const save = useMutation({
    mutationFn: (input: { chatId: string; tools: string[]; previous: string[] }) =>
      callApi(apiRoutes.updateChat, { params: { chatId: input.chatId }, body: { tools: input.tools } }),
    onMutate: (input) => {
      patchListedChat(queryClient, input.chatId, { tools: input.tools });
    },
    onSuccess: (updated) => {
      upsertChat(queryClient, updated);
    },
    onError: (_error, input) => {
      patchListedChat(queryClient, input.chatId, { tools: input.previous });
    },
  });

  const selection = chat ? chat.tools : (draftTools ?? noTools);

  const choose = (tools: string[]) => {
    if (chat === undefined) {
      useDraftStore.getState().setTools(newChatDraftKey, tools);
      return;
    }
    save.mutate({ chatId: chat.id, tools, previous: chat.tools });
  };

  return { selection, choose, saveError: save.error, dismissError: save.reset };
}
