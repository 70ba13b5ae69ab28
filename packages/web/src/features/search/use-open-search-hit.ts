import type { SearchHit } from "@covalt/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { jumpToMessage } from "../chat/tree/jump-to-message.js";

/**
 * Opening a hit: the chat's active branch moves to the message when it is on another branch, the
 * chat opens on the stretch around it, and the transcript scrolls to it and highlights it.
 */
export function useOpenSearchHit(): (hit: SearchHit) => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (hit: SearchHit) => {
      await jumpToMessage(queryClient, { chatId: hit.chatId, messageId: hit.messageId });
      await navigate({ to: "/chats/$chatId", params: { chatId: hit.chatId } });
    },
    [queryClient, navigate],
  );
}
