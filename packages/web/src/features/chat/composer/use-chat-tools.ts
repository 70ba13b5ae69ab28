import type { Chat } from "@covalt/contracts";
import { useUpdateChat } from "../chat-update.js";
import { newChatDraftKey, useDraftStore } from "./draft-store.js";

const noTools: readonly string[] = [];

/**
 * The tools a chat lets the model call. An existing chat saves each change at once (its `chat`
 * already shows the change while it is saved); the new-chat page keeps them in its draft until
 * the first send creates the chat with them.
 */
export function useChatTools(chat: Chat | undefined) {
  const draftTools = useDraftStore((state) => state.drafts[newChatDraftKey]?.tools);
  const save = useUpdateChat();

  const selection = chat ? chat.tools : (draftTools ?? noTools);

  const choose = (tools: string[]) => {
    if (chat === undefined) {
      useDraftStore.getState().setTools(newChatDraftKey, tools);
      return;
    }
    save.mutate({ chatId: chat.id, patch: { tools } });
  };

  return { selection, choose, saveError: save.error, dismissError: save.reset };
}
