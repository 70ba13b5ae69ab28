import type { RunEvent, RunEventEnvelope } from "@covalt/contracts";
import { applyRunEvents } from "@covalt/core";
import { and, asc, eq, gt } from "drizzle-orm";
import type { InterruptedRun } from "../chats/chat-workspaces.js";
import type { Db } from "../db/database.js";
import { messages, runEvents, runs } from "../db/schema.js";

/**
 * Runs still marked running at start-up were cut off by a crash or kill. Each gets an error and a
 * `run-end { interrupted }` appended to its log, and its message keeps every token that was
 * persisted, marked as an error so the user sees it is incomplete and can retry. Returns those
 * runs, so their chats' files can be recorded too (`ChatWorkspaces.recover`).
 */
export function recoverInterruptedRuns(db: Db): InterruptedRun[] {
  const orphans = db.select().from(runs).where(eq(runs.status, "running")).all();
  for (const run of orphans) {
    db.transaction((tx) => {
      const message = tx.select().from(messages).where(eq(messages.id, run.messageId)).get();
      if (message === undefined) return;
      const persisted = tx
        .select({ envelope: runEvents.envelope })
        .from(runEvents)
        .where(and(eq(runEvents.runId, run.id), gt(runEvents.seq, message.content.seq)))
        .orderBy(asc(runEvents.seq))
        .all()
        .map((row) => row.envelope);
      let content = applyRunEvents(message.content, persisted);
      const time = new Date().toISOString();
      const closing: RunEvent[] = [
        {
          type: "error",
          code: "run-interrupted",
          message:
            "Covalt stopped before this answer was finished. The text so far is kept; retry to get a complete answer.",
          retryable: true,
        },
        { type: "run-end", reason: "interrupted" },
      ];
      const envelopes: RunEventEnvelope[] = closing.map((event, index) => ({
        v: 1,
        seq: content.seq + index + 1,
        time,
        chatId: run.chatId,
        runId: run.id,
        event,
      }));
      content = applyRunEvents(content, envelopes);
      tx.insert(runEvents)
        .values(envelopes.map((envelope) => ({ runId: run.id, seq: envelope.seq, envelope })))
        .onConflictDoNothing()
        .run();
      tx.update(messages).set({ content, status: content.status }).where(eq(messages.id, message.id)).run();
      tx.update(runs)
        .set({ status: "interrupted", lastSeq: content.seq, endedAt: Date.now() })
        .where(eq(runs.id, run.id))
        .run();
    });
  }
  return orphans.map((run) => ({ chatId: run.chatId, runId: run.id, messageId: run.messageId }));
}
