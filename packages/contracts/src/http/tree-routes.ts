import { z } from "zod";
import { ChatId, MessageId, ModelRef, RunId } from "../ids.js";
import { Chat, Message } from "./chat-routes.js";
import { defineRoute } from "./route.js";

/** Where a message stands among its siblings: enough for `‹ 2/3 ›` and for switching. */
export const SiblingInfo = z.object({
  /** Sibling ids oldest first, this message among them. */
  ids: z.array(MessageId),
  index: z.number().int().nonnegative(),
});
export type SiblingInfo = z.infer<typeof SiblingInfo>;

export const PagedMessage = Message.extend({ siblings: SiblingInfo });
export type PagedMessage = z.infer<typeof PagedMessage>;

/** A keyset page of the active branch: `messages` oldest first, ending just before the cursor. */
export const MessagePage = z.object({
  messages: z.array(PagedMessage),
  /** Pass as `before` to load the next older page; null at the root. */
  olderCursor: MessageId.nullable(),
});
export type MessagePage = z.infer<typeof MessagePage>;

export const MessagePageQuery = z.object({
  /** The page ends with this message's parent; absent starts at the branch's newest message. */
  before: MessageId.optional(),
  /** Start the page at this message instead (jumping to a search hit), walking up from it. */
  at: MessageId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A linear run of messages in the tree; the branch map draws segments, not every message. */
export const BranchSegment = z.object({
  /** The segment's first message; also its id. */
  id: MessageId,
  /** The segment that this one branches off (null for a root segment). */
  parentSegmentId: MessageId.nullable(),
  lastMessageId: MessageId,
  length: z.number().int().positive(),
  /** The first user text in the segment, shortened. */
  preview: z.string(),
  onActivePath: z.boolean(),
  createdAt: z.number(),
});
export type BranchSegment = z.infer<typeof BranchSegment>;

export const BranchMap = z.object({
  segments: z.array(BranchSegment),
  activeLeafId: MessageId.nullable(),
});
export type BranchMap = z.infer<typeof BranchMap>;

export const RunStarted = z.object({ runId: RunId, assistantMessageId: MessageId });
export type RunStarted = z.infer<typeof RunStarted>;

export const SearchHit = z.object({
  chatId: ChatId,
  chatTitle: z.string(),
  messageId: MessageId,
  role: z.enum(["user", "assistant", "system"]),
  /** Plain text; the matched terms are wrapped in U+0001 … U+0002, never in markup. */
  snippet: z.string(),
  createdAt: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const treeRoutes = {
  listMessages: defineRoute({
    method: "get",
    path: "/api/chats/:chatId/messages",
    summary: "A page of the active branch, newest page first, with each message's siblings.",
    auth: "token",
    body: undefined,
    query: MessagePageQuery,
    response: MessagePage,
  }),
  switchBranch: defineRoute({
    method: "post",
    path: "/api/chats/:chatId/branch",
    summary: "Moves the chat to the newest leaf below the given message.",
    auth: "token",
    body: z.object({ messageId: MessageId }),
    response: Chat,
  }),
  branchMap: defineRoute({
    method: "get",
    path: "/api/chats/:chatId/tree",
    summary: "The whole conversation tree as linear segments, for the branch map.",
    auth: "token",
    body: undefined,
    response: BranchMap,
  }),
  forkChat: defineRoute({
    method: "post",
    path: "/api/chats/:chatId/fork",
    summary: "Copies the path from the root to the given message into a new chat.",
    auth: "token",
    body: z.object({ messageId: MessageId }),
    response: Chat,
  }),
  retryMessage: defineRoute({
    method: "post",
    path: "/api/messages/:messageId/retry",
    summary: "Answers the same question again as a new sibling, optionally with another model.",
    auth: "token",
    body: z.object({ model: ModelRef.optional() }),
    response: RunStarted,
  }),
  continueMessage: defineRoute({
    method: "post",
    path: "/api/messages/:messageId/continue",
    summary: "Lets the model extend an answer that is the end of its branch.",
    auth: "token",
    body: z.object({}),
    response: RunStarted,
  }),
  deleteMessage: defineRoute({
    method: "delete",
    path: "/api/messages/:messageId",
    summary: "Deletes a message and everything below it; the chat moves to a remaining branch.",
    auth: "token",
    body: undefined,
    response: Chat,
  }),
  search: defineRoute({
    method: "get",
    path: "/api/search",
    summary: "Full-text search over every message of every branch of every chat.",
    auth: "token",
    body: undefined,
    query: z.object({
      q: z.string().trim().min(1, "Type something to search for.").max(500),
      limit: z.coerce.number().int().min(1).max(100).default(30),
    }),
    response: z.object({ hits: z.array(SearchHit) }),
  }),
};
