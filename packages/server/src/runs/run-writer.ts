import type { MessageContent, RunEventEnvelope, RunStatus } from "@covalt/contracts";
import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { chats, messages, runEvents, runs } from "../db/schema.js";

export const checkpointIntervalMs = 250;
const rowsPerInsert = 500;

export interface WriteStats {
  transactions: number;
  statements: number;
}

/**
 * Persists a run in batches, never per token: every `checkpointIntervalMs` one transaction appends
 * the new envelopes and checkpoints the message content; the run's end is written at once. A kill
 * between checkpoints loses at most the last interval's tokens — never an earlier message.
 */
export class RunWriter {
  #pending: RunEventEnvelope[] = [];
  #timer: NodeJS.Timeout | undefined;
  readonly stats: WriteStats = { transactions: 0, statements: 0 };

  constructor(
    private readonly db: Db,
    private readonly runId: string,
    private readonly messageId: string,
    private readonly chatId: string,
  ) {}

  append(envelope: RunEventEnvelope, content: () => MessageContent): void {
    this.#pending.push(envelope);
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.flush(content());
    }, checkpointIntervalMs);
  }

  flush(content: MessageContent, ending?: { status: RunStatus; at: number }): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0 && ending === undefined) return;
    this.db.transaction((tx) => {
      for (let start = 0; start < batch.length; start += rowsPerInsert) {
        const rows = batch.slice(start, start + rowsPerInsert);
        tx.insert(runEvents)
          .values(rows.map((envelope) => ({ runId: this.runId, seq: envelope.seq, envelope })))
          .run();
        this.stats.statements += 1;
      }
      tx.update(messages).set({ content, status: content.status }).where(eq(messages.id, this.messageId)).run();
      tx.update(runs)
        .set({
          lastSeq: content.seq,
          ...(ending === undefined ? {} : { status: ending.status, endedAt: ending.at }),
        })
        .where(eq(runs.id, this.runId))
        .run();
      this.stats.statements += 2;
      if (ending !== undefined) {
        tx.update(chats).set({ updatedAt: ending.at }).where(eq(chats.id, this.chatId)).run();
        this.stats.statements += 1;
      }
    });
    this.stats.transactions += 1;
  }
}
