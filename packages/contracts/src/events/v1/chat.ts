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

export const chatEvents = [ChatUpdateEvent] as const;
