import { z } from "zod";

/**
 * A chat changed outside the client's own request: a generated title arrived, a run started or
 * ended, or another tab renamed or deleted it. Clients refetch what they show of that chat.
 */
export const ChatUpdateEvent = z.object({
  type: z.literal("chat-update"),
  chatId: z.string(),
  /** `tree`: messages were added elsewhere, deleted, or the active branch moved. */
  change: z.enum(["title", "run-start", "run-end", "renamed", "deleted", "created", "tree"]),
  title: z.string().optional(),
  runId: z.string().optional(),
});

/**
 * What a chat is doing, for the chat list: `running` while a run streams, `waiting` while that run
 * waits for the user (a tool approval or an MCP server's question), `idle` once it has ended.
 */
export const ChatActivity = z.enum(["running", "waiting", "idle"]);
export type ChatActivity = z.infer<typeof ChatActivity>;

export const ChatActivityEvent = z.object({
  type: z.literal("chat-activity"),
  chatId: z.string(),
  activity: ChatActivity,
});

export const chatEvents = [ChatUpdateEvent, ChatActivityEvent] as const;
