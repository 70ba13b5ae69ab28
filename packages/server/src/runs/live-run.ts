import type { MessageContent, RunEvent, RunEventEnvelope } from "@covalt/contracts";
import { applyRunEvent, emptyMessageContent } from "@covalt/core";

export type EnvelopeListener = (envelope: RunEventEnvelope) => void;

type DeltaEvent = Extract<RunEvent, { type: "text-delta" | "reasoning-delta" | "tool-input-delta" }>;

function isDelta(event: RunEvent): event is DeltaEvent {
  return event.type === "text-delta" || event.type === "reasoning-delta" || event.type === "tool-input-delta";
}

function sameTarget(a: DeltaEvent, b: DeltaEvent): boolean {
  if (a.type !== b.type) return false;
  return "id" in a && "id" in b
    ? a.id === b.id
    : "toolCallId" in a && "toolCallId" in b && a.toolCallId === b.toolCallId;
}

/**
 * A run in progress: its append-only event log, kept whole in memory while live, and the
 * assistant message content folded from it by the same reducer the UI uses. Subscribers join at
 * any seq: the backlog after it is replayed and live events follow in the same tick, so nothing
 * is missed or repeated.
 *
 * Deltas for the same block that arrive within one turn of the event loop are coalesced into one
 * event: a fast model delivers dozens of tokens per network read, and one envelope each would
 * cost more to reduce, persist and send than the tokens themselves. Latency grows by at most one
 * loop turn; any other event flushes the pending delta first, so order is kept.
 */
export class LiveRun {
  readonly log: RunEventEnvelope[] = [];
  readonly abortController = new AbortController();
  content: MessageContent = emptyMessageContent();
  readonly #listeners = new Set<EnvelopeListener>();
  readonly #onEnvelope: (run: LiveRun, envelope: RunEventEnvelope) => void;
  #pendingDelta: DeltaEvent | undefined;
  #flushScheduled = false;

  constructor(
    readonly runId: string,
    readonly chatId: string,
    readonly messageId: string,
    onEnvelope: (run: LiveRun, envelope: RunEventEnvelope) => void,
    initial: MessageContent = emptyMessageContent(),
  ) {
    this.#onEnvelope = onEnvelope;
    this.content = initial;
  }

  get lastSeq(): number {
    return this.log.length;
  }

  get ended(): boolean {
    return this.log.at(-1)?.event.type === "run-end";
  }

  readonly emit = (event: RunEvent): void => {
    if (this.ended) return;
    if (isDelta(event)) {
      const pending = this.#pendingDelta;
      if (pending !== undefined && sameTarget(pending, event)) {
        pending.delta += event.delta; // our own copy, made below: safe to extend in place
        return;
      }
      this.flushPendingDelta();
      this.#pendingDelta = { ...event };
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => {
          this.#flushScheduled = false;
          this.flushPendingDelta();
        });
      }
      return;
    }
    this.flushPendingDelta();
    this.append(event);
  };

  private flushPendingDelta(): void {
    const pending = this.#pendingDelta;
    if (pending === undefined) return;
    this.#pendingDelta = undefined;
    if (!this.ended) this.append(pending);
  }

  private append(event: RunEvent): void {
    const envelope: RunEventEnvelope = {
      v: 1,
      seq: this.log.length + 1,
      time: new Date().toISOString(),
      chatId: this.chatId,
      runId: this.runId,
      event,
    };
    this.log.push(envelope);
    this.content = applyRunEvent(this.content, envelope);
    this.#onEnvelope(this, envelope);
    for (const listener of this.#listeners) listener(envelope);
  }

  /** Replays every envelope after `after`, then streams live ones until unsubscribed. */
  subscribe(after: number, listener: EnvelopeListener): () => void {
    for (let index = Math.max(0, after); index < this.log.length; index += 1) {
      listener(this.log[index] as RunEventEnvelope);
    }
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
