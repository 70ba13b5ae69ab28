import type { Message, ModelRef, SendMessageResponse } from "@covalt/contracts";
import { emptyMessageContent } from "@covalt/core";
import type { ChatWithMessages } from "../chat-queries.js";

export interface SentTurn {
  text: string;
  model: ModelRef;
  response: SendMessageResponse;
  now: number;
}

/**
 * Shows a sent message at once: the user's text and an empty streaming answer, under the ids the
 * server gave them, so the live stream and later refetches land on the same rows. A refetch that
 * already brought them in wins.
 */
export function appendSentTurn(data: ChatWithMessages, turn: SentTurn): ChatWithMessages {
  const { response } = turn;
  if (data.messages.some((message) => message.id === response.userMessageId)) return data;
  const chatId = data.chat.id;
  const user: Message = {
    id: response.userMessageId,
    chatId,
    parentId: data.messages.at(-1)?.id ?? null,
    role: "user",
    content: { seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text: turn.text }] },
    status: "complete",
    runId: null,
    model: null,
    createdAt: turn.now,
  };
  const assistant: Message = {
    id: response.assistantMessageId,
    chatId,
    parentId: response.userMessageId,
    role: "assistant",
    content: emptyMessageContent(),
    status: "streaming",
    runId: response.runId,
    model: turn.model,
    createdAt: turn.now,
  };
  return {
    chat: { ...data.chat, model: turn.model, activeLeafId: assistant.id, updatedAt: turn.now },
    messages: [...data.messages, user, assistant],
  };
}
