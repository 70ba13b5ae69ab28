import type { MessageContent, RunEventEnvelope, RunStatus } from "@covalt/contracts";
import type Sqlite from "better-sqlite3";

export const checkpointIntervalMs = 250;

export interface WriteStats {
  transactions: number;
  statements: number;
}

interface Statements {
  insertEvent: Sqlite.Statement<[string, number, string]>;
  updateMessage: Sqlite.Statement<[string, string, string]>;
  updateRun: Sqlite.Statement<[number, string]>;
  endRun: Sqlite.Statement<[number, string, number, string]>;
  touchChat: Sqlite.Statement<[number, string]>;
}

/** Prepared once per database: a flush runs on the streaming path, so it must not build SQL. */
const statementCache = new WeakMap<Sqlite.Database, Statements>();

function statementsFor(sqlite: Sqlite.Database): Statements {
  let statements = statementCache.get(sqlite);
  if (statements === undefined) {
    statements = {
      insertEvent: sqlite.prepare("insert into run_events (run_id, seq, envelope) values (?, ?, ?)"),
      updateMessage: sqlite.prepare("update messages set content = ?, status = ? where id = ?"),
      updateRun: sqlite.prepare("update runs set last_seq = ? where id = ?"),
      endRun: sqlite.prepare("update runs set last_seq = ?, status = ?, ended_at = ? where id = ?"),
      touchChat: sqlite.prepare("update chats set updated_at = ? where id = ?"),
    };
    statementCache.set(sqlite, statements);
  }
  return statements;
}

/**
 * Persists a run in batches, never per token: every `checkpointIntervalMs` one transaction appends
 * the new envelopes and checkpoints the message content; the run's end is written at once. A kill
 * between checkpoints loses at most the last interval's tokens — never an earlier message. The
 * flush runs between tokens, so it uses prepared statements: its cost shows up as stream latency.
 */
export class RunWriter {
  #pending: RunEventEnvelope[] = [];
  #timer: NodeJS.Timeout | undefined;
  readonly stats: WriteStats = { transactions: 0, statements: 0 };
  readonly #sqlite: Sqlite.Database;
  readonly #statements: Statements;

  constructor(
    sqlite: Sqlite.Database,
    private readonly runId: string,
    private readonly messageId: string,
    private readonly chatId: string,
  ) {
    this.#sqlite = sqlite;
    this.#statements = statementsFor(this.#sqlite);
  }

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
    const statements = this.#statements;
    this.#sqlite.transaction(() => {
      for (const envelope of batch) statements.insertEvent.run(this.runId, envelope.seq, JSON.stringify(envelope));
      statements.updateMessage.run(JSON.stringify(content), content.status, this.messageId);
      if (ending === undefined) statements.updateRun.run(content.seq, this.runId);
      else {
        statements.endRun.run(content.seq, ending.status, ending.at, this.runId);
        statements.touchChat.run(ending.at, this.chatId);
      }
    })();
    this.stats.transactions += 1;
    this.stats.statements += batch.length + (ending === undefined ? 2 : 3);
  }
}
