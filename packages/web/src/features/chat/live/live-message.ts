import type { Message, MessageContent, MessageStatus, RunEventEnvelope } from "@covalt/contracts";
import { applyRunEvent } from "@covalt/core";

/** An assistant message whose run is being streamed into this client. */
export interface LiveMessage {
  runId: string;
  content: MessageContent;
  /** Set when the server refused the stream (e.g. the run is gone); the message stops following it. */
  streamError?: string;
}

/**
 * Starts following a run from the content the caller has. A live copy that is already further
 * along is kept, so a refetch of an older checkpoint never rewinds the stream.
 */
export function seedLiveMessage(
  existing: LiveMessage | undefined,
  runId: string,
  content: MessageContent,
): LiveMessage {
  if (existing?.runId === runId && existing.content.seq >= content.seq) return existing;
  return { runId, content };
}

/** Folds one envelope with the shared reducer; the same object back means nothing changed. */
export function applyToLiveMessage(existing: LiveMessage, envelope: RunEventEnvelope): LiveMessage {
  if (envelope.runId !== existing.runId) return existing;
  const content = applyRunEvent(existing.content, envelope);
  return content === existing.content ? existing : { ...existing, content };
}

export interface DisplayedContent {
  content: MessageContent;
  status: MessageStatus;
  streamError?: string | undefined;
}

/** What to show for a message: the live copy while it is at least as far along as the server's. */
export function displayedContent(message: Message, live: LiveMessage | undefined): DisplayedContent {
  if (live !== undefined && live.runId === message.runId && live.content.seq >= message.content.seq) {
    return { content: live.content, status: live.content.status, streamError: live.streamError };
  }
  return { content: message.content, status: message.status };
}

/** Assistant messages whose run this client should be following right now. */
export function messagesToFollow(
  messages: readonly Message[],
  live: Readonly<Record<string, LiveMessage>>,
): { messageId: string; runId: string }[] {
  const follow: { messageId: string; runId: string }[] = [];
  for (const message of messages) {
    if (message.role !== "assistant" || message.runId === null) continue;
    const shown = displayedContent(message, live[message.id]);
    if (shown.status === "streaming" && shown.streamError === undefined) {
      follow.push({ messageId: message.id, runId: message.runId });
    }
  }
  return follow;
}

/**
 * Live copies the server has caught up with: the message is no longer streaming there and its
 * stored content is at least as far along. Dropping them keeps the store to runs in flight.
 */
export function settledLiveMessages(
  messages: readonly Message[],
  live: Readonly<Record<string, LiveMessage>>,
): string[] {
  return messages
    .filter((message) => {
      const entry = live[message.id];
      return entry !== undefined && message.status !== "streaming" && message.content.seq >= entry.content.seq;
    })
    .map((message) => message.id);
}
