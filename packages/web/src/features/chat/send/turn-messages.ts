import type { AttachmentBlock, ModelRef, PagedMessage, SiblingInfo } from "@covalt/contracts";
import { emptyMessageContent } from "@covalt/core";
import type { SentAttachment } from "../attachments/draft-attachment.js";
import { appendMessages, windowAbove, type MessageWindow } from "../history/message-window.js";

/** What the server answered to a send or an edit. */
export interface StartedTurn {
  runId: string;
  userMessageId: string;
  assistantMessageId: string;
}

function siblingsAfter(existing: readonly string[], id: string): SiblingInfo {
  const ids = existing.includes(id) ? [...existing] : [...existing, id];
  return { ids, index: ids.indexOf(id) };
}

/** The blocks the server adds for attached files, shown before its copy of the message arrives. */
export function attachmentBlocks(files: readonly SentAttachment[]): AttachmentBlock[] {
  return files.map((file, index) => ({
    type: "attachment",
    id: `attachment-${String(index)}`,
    name: file.name,
    mimeType: file.mimeType,
    size: file.size,
    path: file.path,
  }));
}

function userMessage(
  chatId: string,
  id: string,
  parentId: string | null,
  text: string,
  now: number,
  files: readonly SentAttachment[] = [],
): PagedMessage {
  return {
    id,
    chatId,
    parentId,
    role: "user",
    content: { seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text }, ...attachmentBlocks(files)] },
    status: "complete",
    runId: null,
    model: null,
    createdAt: now,
    siblings: { ids: [id], index: 0 },
  };
}

function pendingAnswer(
  chatId: string,
  answer: { id: string; parentId: string; runId: string; model: ModelRef },
  now: number,
): PagedMessage {
  return {
    id: answer.id,
    chatId,
    parentId: answer.parentId,
    role: "assistant",
    content: emptyMessageContent(),
    status: "streaming",
    runId: answer.runId,
    model: answer.model,
    createdAt: now,
    siblings: { ids: [answer.id], index: 0 },
  };
}

export interface SentTurn {
  chatId: string;
  text: string;
  model: ModelRef;
  response: StartedTurn;
  now: number;
  /** Files sent along, already in the chat's workspace. */
  attachments?: readonly SentAttachment[] | undefined;
}

/**
 * Shows a sent message at once: the user's text and an empty streaming answer under the ids the
 * server gave them, so the live stream and later refetches land on the same rows. Undefined when
 * the window does not reach the end of the branch (the turn lands out of sight; refetch instead).
 */
export function appendSentTurn(current: MessageWindow, turn: SentTurn): MessageWindow | undefined {
  if (!current.reachesLeaf) return undefined;
  const { response } = turn;
  const user = userMessage(
    turn.chatId,
    response.userMessageId,
    current.messages.at(-1)?.id ?? null,
    turn.text,
    turn.now,
    turn.attachments,
  );
  const answer = pendingAnswer(
    turn.chatId,
    { id: response.assistantMessageId, parentId: user.id, runId: response.runId, model: turn.model },
    turn.now,
  );
  return appendMessages(current, [user, answer]);
}

/** An edit: the new question becomes the last sibling of the edited one, and the branch below it is new. */
export function appendEditedTurn(current: MessageWindow, edited: PagedMessage, turn: SentTurn): MessageWindow {
  const { response } = turn;
  const user: PagedMessage = {
    ...userMessage(turn.chatId, response.userMessageId, edited.parentId, turn.text, turn.now),
    siblings: siblingsAfter(edited.siblings.ids, response.userMessageId),
  };
  const answer = pendingAnswer(
    turn.chatId,
    { id: response.assistantMessageId, parentId: user.id, runId: response.runId, model: turn.model },
    turn.now,
  );
  return appendMessages(windowAbove(current, edited.id), [user, answer]);
}

/** A retry: a new streaming answer as the last sibling of the retried one. */
export function appendRetriedAnswer(
  current: MessageWindow,
  retried: PagedMessage,
  started: { runId: string; assistantMessageId: string; model: ModelRef; now: number },
): MessageWindow | undefined {
  if (retried.parentId === null) return undefined;
  const answer: PagedMessage = {
    ...pendingAnswer(
      retried.chatId,
      { id: started.assistantMessageId, parentId: retried.parentId, runId: started.runId, model: started.model },
      started.now,
    ),
    siblings: siblingsAfter(retried.siblings.ids, started.assistantMessageId),
  };
  return appendMessages(windowAbove(current, retried.id), [answer]);
}

/**
 * A continued answer keeps its id and blocks; the new run's events append to them, and its seq
 * restarts at 0, so the message is reset to seq 0 under the new run before the stream attaches.
 */
export function continuedAnswer(message: PagedMessage, runId: string): PagedMessage {
  return {
    ...message,
    runId,
    status: "streaming",
    content: { ...message.content, seq: 0, status: "streaming" },
  };
}
