import type { Chat, ModelRef } from "@covalt/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { pickAvailableModel } from "../../models/model-catalog.js";
import { useModelPreferences } from "../../models/model-preferences-store.js";
import { modelsQuery } from "../../models/model-queries.js";
import { useUpdateChat } from "../chat-update.js";

/**
 * The model a chat sends with: the chat's own choice, else the last model chosen anywhere (then
 * recents, then the first listed) for a chat that has none yet. Choosing remembers it for the chat
 * and as the default for new chats.
 */
export function useChatModel(chat: Chat | undefined) {
  const models = useQuery(modelsQuery);
  const lastChosen = useModelPreferences((state) => state.lastChosen);
  const recents = useModelPreferences((state) => state.recents);
  const remember = useModelPreferences((state) => state.remember);
  const queryClient = useQueryClient();

  const providers = models.data ?? [];
  const selected: ModelRef | undefined = chat?.model ?? pickAvailableModel(providers, [lastChosen, ...recents]);

  const save = useUpdateChat();

  /** The model to send with, waiting for the model list when a fast typist beats it. */
  const resolveSelected = async (): Promise<ModelRef | undefined> => {
    if (selected !== undefined) return selected;
    const listed = await queryClient.query(modelsQuery);
    return chat?.model ?? pickAvailableModel(listed, [lastChosen, ...recents]);
  };

  const choose = (model: ModelRef) => {
    remember(model);
    if (chat) {
      // Shown at once (the pending patch); the PATCH makes it stick for the next visit.
      save.mutate({ chatId: chat.id, patch: { model } });
    }
  };

  return {
    providers,
    selected,
    choose,
    resolveSelected,
    loading: models.isPending,
    loadError: models.error,
    saveError: save.error,
    noProviders: models.isSuccess && providers.length === 0,
  };
}
