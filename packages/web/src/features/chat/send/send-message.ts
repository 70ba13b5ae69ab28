import { apiRoutes, type ModelRef } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import type { ChatWithMessages } from "../chat-queries.js";
import { appendSentTurn } from "./append-sent-turn.js";

/** A send that failed after its chat was created still has a chat to go to. */
export class SendFailure extends Error {
  override readonly name = "SendFailure";
  readonly chatId: string | undefined;

  constructor(cause: unknown, chatId: string | undefined) {
    super(cause instanceof Error ? cause.message : "The message could not be sent.", { cause });
    this.chatId = chatId;
  }
}

/**
 * Sends `text` to `chatId`, creating the chat first when there is none yet. The sent turn is put
 * into the chat's cache at once; its answer then streams in through the run subscription.
 */
export async function sendMessage(
  queryClient: QueryClient,
  options: { chatId: string | undefined; text: string; model: ModelRef },
): Promise<string> {
  let chatId = options.chatId;
  try {
    if (chatId === undefined) {
      const chat = await callApi(apiRoutes.createChat, { body: { model: options.model } });
      chatId = chat.id;
      queryClient.setQueryData<ChatWithMessages>(queryKeys.chat(chat.id), { chat, messages: [] });
    }
    const response = await callApi(apiRoutes.sendMessage, {
      params: { chatId },
      body: { content: options.text, model: options.model },
    });
    // A fetch started before the send must not overwrite the turn added below.
    await queryClient.cancelQueries({ queryKey: queryKeys.chat(chatId) });
    queryClient.setQueryData<ChatWithMessages>(queryKeys.chat(chatId), (data) =>
      data === undefined
        ? data
        : appendSentTurn(data, { text: options.text, model: options.model, response, now: Date.now() }),
    );
    void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    return chatId;
  } catch (error) {
    if (chatId !== undefined) void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    throw new SendFailure(error, chatId);
  }
}
