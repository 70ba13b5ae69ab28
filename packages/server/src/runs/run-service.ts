import type {
  ChatHistoryMessage,
  Message,
  ModelRef,
  Run,
  RunEventEnvelope,
  SendMessageResponse,
} from "@covalt/contracts";
import { CovaltError, createNodeRegistry, defaultChatGraph, runTurn, type NodeRegistry } from "@covalt/core";
import type { NodeDefinition } from "@covalt/contracts";
import { asc, eq, gt, and } from "drizzle-orm";
import type { ChatStore } from "../chats/chat-store.js";
import type { Db } from "../db/database.js";
import { runEvents, runs } from "../db/schema.js";
import type { AppEventBus } from "../events/app-event-bus.js";
import { newId } from "../ids/new-id.js";
import type { Logger } from "../logging/logger.js";
import type { LanguageModelHost } from "../providers/language-model-host.js";
import { HistoryCache } from "./history-cache.js";
import { LiveRun } from "./live-run.js";
import { RunRegistry } from "./run-registry.js";
import { RunWriter } from "./run-writer.js";

export interface RunServiceOptions {
  db: Db;
  chats: ChatStore;
  models: LanguageModelHost;
  nodes: readonly NodeDefinition[];
  events: AppEventBus;
  logger: Logger;
  /** Called after a run ended, off the request path (titles). */
  onRunEnd?: (run: LiveRun) => void;
}

/** Starts, streams, cancels and replays runs: the one pipeline every assistant turn goes through. */
export class RunService {
  readonly registry = new RunRegistry();
  readonly #nodes: NodeRegistry;
  readonly #writers = new Map<string, RunWriter>();
  readonly history = new HistoryCache();

  constructor(private readonly options: RunServiceOptions) {
    this.#nodes = createNodeRegistry(options.nodes);
  }

  sendMessage(chatId: string, text: string, model: ModelRef, parentId: string | null | undefined): SendMessageResponse {
    const { chats } = this.options;
    const chat = chats.get(chatId);
    if (chat === undefined) throw new CovaltError("not-found", `There is no chat ${chatId}.`);
    const parent = parentId === undefined ? chat.activeLeafId : parentId;
    if (parent !== null && chats.message(parent)?.chatId !== chatId) {
      throw new CovaltError("validation-failed", `Message ${parent} is not part of this chat.`);
    }
    const earlier = parent === null ? [] : (this.history.get(parent) ?? toHistory(chats.path(parent)));
    const history: ChatHistoryMessage[] = [...earlier, { role: "user", text }];
    const ids = { runId: newId("run"), userMessageId: newId("message"), assistantMessageId: newId("message") };
    chats.insertTurn({ chatId, parentId: parent, userText: text, model, now: Date.now(), ...ids });

    const writer = new RunWriter(this.options.db, ids.runId, ids.assistantMessageId, chatId);
    this.#writers.set(ids.runId, writer);
    const run = new LiveRun(ids.runId, chatId, ids.assistantMessageId, (live, envelope) =>
      writer.append(envelope, () => live.content),
    );
    this.registry.add(run);
    this.options.events.publish({ type: "chat-update", chatId, change: "run-start", runId: ids.runId });
    void this.execute(run, writer, { model, history, parentId: ids.userMessageId });
    return ids;
  }

  cancel(runId: string): Run {
    const run = this.registry.get(runId);
    if (run !== undefined && !run.ended) run.abortController.abort();
    return this.getRun(runId);
  }

  getRun(runId: string): Run {
    const live = this.registry.get(runId);
    const row = this.options.db.select().from(runs).where(eq(runs.id, runId)).get();
    if (row === undefined) throw new CovaltError("not-found", `There is no run ${runId}.`);
    if (live === undefined || live.ended) return row;
    return { ...row, lastSeq: live.lastSeq };
  }

  /** Persisted envelopes after `after`, for runs no longer in memory. */
  storedEvents(runId: string, after: number): RunEventEnvelope[] | undefined {
    const { db } = this.options;
    if (db.select({ id: runs.id }).from(runs).where(eq(runs.id, runId)).get() === undefined) return undefined;
    return db
      .select({ envelope: runEvents.envelope })
      .from(runEvents)
      .where(and(eq(runEvents.runId, runId), gt(runEvents.seq, after)))
      .orderBy(asc(runEvents.seq))
      .all()
      .map((row) => row.envelope);
  }

  writeStats(runId: string) {
    return this.#writers.get(runId)?.stats;
  }

  private async execute(
    run: LiveRun,
    writer: RunWriter,
    turn: { model: ModelRef; history: ChatHistoryMessage[]; parentId: string },
  ): Promise<void> {
    try {
      await runTurn({
        runId: run.runId,
        messageId: run.messageId,
        parentId: turn.parentId,
        graph: defaultChatGraph,
        registry: this.#nodes,
        trigger: { kind: "chat", chatId: run.chatId, model: turn.model, history: turn.history },
        services: { languageModels: this.options.models },
        signal: run.abortController.signal,
        emit: run.emit,
      });
    } catch (error) {
      // runTurn reports failures as events; reaching here means emitting itself failed.
      this.options.logger.error({ err: error, runId: run.runId }, "run crashed");
      if (!run.ended) run.emit({ type: "run-end", reason: "error" });
    } finally {
      const status = run.content.status === "streaming" ? "error" : run.content.status;
      try {
        writer.flush(run.content, { status, at: Date.now() });
      } catch (error) {
        this.options.logger.error({ err: error, runId: run.runId }, "could not persist the end of a run");
      }
      this.history.set(run.messageId, [...turn.history, ...toHistory([{ role: "assistant", content: run.content }])]);
      this.registry.retire(run);
      setTimeout(() => this.#writers.delete(run.runId), 60_000).unref();
      this.options.events.publish({ type: "chat-update", chatId: run.chatId, change: "run-end", runId: run.runId });
      this.options.onRunEnd?.(run);
    }
  }
}

/** What the model sees of earlier messages: their text. Reasoning and error notes stay out. */
export function toHistory(path: readonly Pick<Message, "role" | "content">[]): ChatHistoryMessage[] {
  const history: ChatHistoryMessage[] = [];
  for (const message of path) {
    const text = message.content.blocks
      .filter((block) => block.type === "text")
      .map((block) => block.text)
      .join("");
    if (text.trim() !== "") history.push({ role: message.role, text });
  }
  return history;
}
