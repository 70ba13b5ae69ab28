import type { ChatHistoryMessage } from "@covalt/contracts";

const maxEntries = 64;

/**
 * The model-facing history up to a message, kept for the leaves users are answering right now. A
 * turn's history is the previous turn's plus two messages, so a long chat need not be re-read from
 * SQLite and re-parsed before every request. Finished messages never change; an operation that
 * rewrites or deletes messages must call `clear`.
 */
export class HistoryCache {
  readonly #entries = new Map<string, readonly ChatHistoryMessage[]>();

  get(messageId: string): readonly ChatHistoryMessage[] | undefined {
    const history = this.#entries.get(messageId);
    if (history !== undefined) {
      this.#entries.delete(messageId);
      this.#entries.set(messageId, history); // most recently used last
    }
    return history;
  }

  set(messageId: string, history: readonly ChatHistoryMessage[]): void {
    this.#entries.delete(messageId);
    this.#entries.set(messageId, history);
    if (this.#entries.size > maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
