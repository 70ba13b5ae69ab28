import { apiRoutes, type Chat, type PagedMessage } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { upsertChat } from "../chat-queries.js";

/** Copies the path from the first message down to `message` into a new chat, which the caller opens. */
export async function forkChat(queryClient: QueryClient, message: PagedMessage): Promise<Chat> {
  const chat = await callApi(apiRoutes.forkChat, {
    params: { chatId: message.chatId },
    body: { messageId: message.id },
  });
  upsertChat(queryClient, chat);
  return chat;
}
