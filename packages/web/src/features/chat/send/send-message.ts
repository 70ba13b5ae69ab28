import { apiRoutes, type ModelRef } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import type { SentAttachment } from "../attachments/draft-attachment.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { upsertChat } from "../chat-queries.js";
import { fetchMessagePage } from "../history/fetch-message-page.js";
import { emptyWindow, windowFromPage, type MessageWindow } from "../history/message-window.js";
import { writeWindow } from "../history/window-cache.js";
import { requestFollow } from "../transcript/transcript-store.js";
import { appendSentTurn } from "./turn-messages.js";

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
 * into the chat's window at once; its answer then streams in through the run subscription.
 */
export async function sendMessage(
  queryClient: QueryClient,
  options: {
    chatId: string | undefined;
    text: string;
    model: ModelRef;
    /** The tool selection a chat created by this send starts with (the new-chat page's picks). */
    chatTools?: readonly string[] | undefined;
    /** Tools enabled for this message alone (its `@` mentions), on top of the chat's selection. */
    messageTools?: readonly string[] | undefined;
    /**
     * The attached files, once the chat exists: uploads what is not in its workspace yet (the
     * new-chat page's files, right after `createChat`) and answers their paths.
     */
    attachments?: ((chatId: string) => Promise<readonly SentAttachment[]>) | undefined;
  },
): Promise<string> {
  let chatId = options.chatId;
  try {
    if (chatId === undefined) {
      const tools = options.chatTools && options.chatTools.length > 0 ? [...options.chatTools] : undefined;
      const chat = await callApi(apiRoutes.createChat, { body: { model: options.model, tools } });
      chatId = chat.id;
      upsertChat(queryClient, chat);
      queryClient.setQueryData<MessageWindow>(queryKeys.chatMessages(chat.id), emptyWindow);
    }
    const attachments = options.attachments ? await options.attachments(chatId) : [];
    const response = await callApi(apiRoutes.sendMessage, {
      params: { chatId },
      body: {
        content: options.text,
        model: options.model,
        tools: options.messageTools && options.messageTools.length > 0 ? [...options.messageTools] : undefined,
        attachments: attachments.length > 0 ? attachments.map((file) => ({ path: file.path })) : undefined,
      },
    });
    const sentTo = chatId;
    const turn = { chatId: sentTo, text: options.text, model: options.model, response, now: Date.now(), attachments };
    const appended = await writeWindow(queryClient, sentTo, (current) => current && appendSentTurn(current, turn));
    if (appended === undefined) {
      // A window showing an earlier stretch (after a jump) cannot hold the turn: show the end instead.
      const page = await fetchMessagePage(sentTo);
      await writeWindow(queryClient, sentTo, () => windowFromPage(page, true));
    }
    requestFollow(sentTo);
    void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    return chatId;
  } catch (error) {
    if (chatId !== undefined) void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    throw new SendFailure(error, chatId);
  }
}
