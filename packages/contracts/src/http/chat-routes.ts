import { z } from "zod";
import { ChatId, MessageId, ModelRef, RunId } from "../ids.js";
import { MessageContent, MessageRole, MessageStatus } from "../messages/blocks.js";
import { ChatActivity } from "../events/v1/chat.js";
import { Ok } from "./provider-routes.js";
import { defineRoute } from "./route.js";

export const Chat = z.object({
  id: ChatId,
  title: z.string(),
  model: ModelRef.nullable(),
  activeLeafId: z.string().nullable(),
  /** Tools the model may call in this chat: canonical tool ids or `toolset:<id>` for a whole toolset. */
  tools: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Chat = z.infer<typeof Chat>;

export const Message = z.object({
  id: MessageId,
  chatId: ChatId,
  parentId: z.string().nullable(),
  role: MessageRole,
  content: MessageContent,
  status: MessageStatus,
  runId: z.string().nullable(),
  model: ModelRef.nullable(),
  createdAt: z.number(),
});
export type Message = z.infer<typeof Message>;

/**
 * A user message's content is one `text` block (id "text") holding what was sent; attachments
 * add `attachment` blocks. An assistant message's content is folded from its run's events.
 */
export const SendMessageRequest = z.object({
  content: z.string().trim().min(1, "A message needs some text.").max(1_000_000),
  model: ModelRef,
  /** The message to answer; absent means the end of the branch the user is on. */
  parentId: z.string().nullable().optional(),
  /** Tools enabled for this message only (`@tool` mentions), on top of the chat's. */
  tools: z.array(z.string()).max(100).optional(),
  /**
   * Files the user attached, already uploaded into the chat's workspace (PUT …/workspace/file).
   * Images also reach vision models as image parts; other files are named to the model by path.
   */
  attachments: z
    .array(z.object({ path: z.string().min(1) }))
    .max(20, "Attach at most 20 files to one message.")
    .optional(),
});
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

export const SendMessageResponse = z.object({
  runId: RunId,
  userMessageId: MessageId,
  assistantMessageId: MessageId,
});
export type SendMessageResponse = z.infer<typeof SendMessageResponse>;

export const RunStatus = z.enum(["running", "complete", "error", "cancelled", "interrupted"]);
export type RunStatus = z.infer<typeof RunStatus>;

export const Run = z.object({
  id: RunId,
  chatId: ChatId,
  messageId: MessageId,
  status: RunStatus,
  lastSeq: z.number().int().nonnegative(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
});
export type Run = z.infer<typeof Run>;

export const chatRoutes = {
  listChatActivity: defineRoute({
    method: "get",
    path: "/api/chat-activity",
    summary: "Chats with a run in progress, and whether it waits for the user; idle chats are left out.",
    auth: "token",
    body: undefined,
    response: z.object({ chats: z.array(z.object({ chatId: z.string(), activity: ChatActivity })) }),
  }),
  listChats: defineRoute({
    method: "get",
    path: "/api/chats",
    summary: "All chats, most recently active first.",
    auth: "token",
    body: undefined,
    response: z.object({ chats: z.array(Chat) }),
  }),
  createChat: defineRoute({
    method: "post",
    path: "/api/chats",
    summary: "Creates an empty chat.",
    auth: "token",
    body: z.object({
      title: z.string().max(200).optional(),
      model: ModelRef.optional(),
      tools: z.array(z.string()).max(500).optional(),
    }),
    response: Chat,
  }),
  getChat: defineRoute({
    method: "get",
    path: "/api/chats/:chatId",
    summary: "A chat with the messages of the branch the user is on, oldest first.",
    auth: "token",
    body: undefined,
    response: z.object({ chat: Chat, messages: z.array(Message) }),
  }),
  updateChat: defineRoute({
    method: "patch",
    path: "/api/chats/:chatId",
    summary: "Renames a chat, changes its model or the tools it may use.",
    auth: "token",
    body: z.object({
      title: z.string().trim().min(1).max(200).optional(),
      model: ModelRef.nullable().optional(),
      tools: z.array(z.string()).max(500).optional(),
    }),
    response: Chat,
  }),
  deleteChat: defineRoute({
    method: "delete",
    path: "/api/chats/:chatId",
    summary: "Deletes a chat with all its messages and runs.",
    auth: "token",
    body: undefined,
    response: Ok,
  }),
  sendMessage: defineRoute({
    method: "post",
    path: "/api/chats/:chatId/messages",
    summary: "Adds a user message and starts the assistant's run; stream it via /api/events or the run's SSE.",
    auth: "token",
    body: SendMessageRequest,
    response: SendMessageResponse,
  }),
  getRun: defineRoute({
    method: "get",
    path: "/api/runs/:runId",
    summary: "A run's status and its last event seq.",
    auth: "token",
    body: undefined,
    response: Run,
  }),
  cancelRun: defineRoute({
    method: "post",
    path: "/api/runs/:runId/cancel",
    summary: "Stops a run; the partial answer is kept and the run ends cancelled.",
    auth: "token",
    body: undefined,
    response: Run,
  }),
};
