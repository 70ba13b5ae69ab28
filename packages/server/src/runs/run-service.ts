import type {
  AttachmentBlock,
  ChatHistoryMessage,
  Message,
  MessageContent,
  ModelRef,
  Run,
  RunEventEnvelope,
  SendMessageResponse,
} from "@covalt/contracts";
import { CovaltError, createNodeRegistry, defaultChatGraph, runTurn, type NodeRegistry } from "@covalt/core";
import type { NodeDefinition } from "@covalt/contracts";
import { asc, eq, gt, and } from "drizzle-orm";
import type Sqlite from "better-sqlite3";
import type { ChatStore } from "../chats/chat-store.js";
import type { ChatWorkspaces } from "../chats/chat-workspaces.js";
import type { Db } from "../db/database.js";
import { runEvents, runs } from "../db/schema.js";
import type { AppEventBus } from "../events/app-event-bus.js";
import { newId } from "../ids/new-id.js";
import type { Logger } from "../logging/logger.js";
import type { LanguageModelHost } from "../providers/language-model-host.js";
import { createRunTools, type ToolServices } from "../tools/run-tools.js";
import { HistoryCache } from "./history-cache.js";
import { attachmentBlocks, withImages } from "./message-attachments.js";
import { toHistory } from "./model-history.js";
import { LiveRun } from "./live-run.js";
import { RunRegistry } from "./run-registry.js";
import { RunWriter } from "./run-writer.js";

export interface RunServiceOptions {
  db: Db;
  /** The raw connection, for the run writer's prepared statements. */
  sqlite: Sqlite.Database;
  chats: ChatStore;
  models: LanguageModelHost;
  nodes: readonly NodeDefinition[];
  tools: ToolServices;
  workspaces: ChatWorkspaces;
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
  readonly #executions = new Set<Promise<void>>();

  constructor(private readonly options: RunServiceOptions) {
    this.#nodes = createNodeRegistry(options.nodes);
  }

  sendMessage(
    chatId: string,
    text: string,
    model: ModelRef,
    parentId: string | null | undefined,
    extras: { tools?: readonly string[]; attachments?: readonly string[] } = {},
  ): SendMessageResponse {
    const { chats } = this.options;
    const chat = chats.get(chatId);
    if (chat === undefined) throw new CovaltError("not-found", `There is no chat ${chatId}.`);
    const parent = parentId === undefined ? chat.activeLeafId : parentId;
    if (parent !== null && chats.message(parent)?.chatId !== chatId) {
      throw new CovaltError("validation-failed", `Message ${parent} is not part of this chat.`);
    }
    const attachments = attachmentBlocks(this.options.workspaces.dirOf(chatId), extras.attachments ?? []);
    const earlier = parent === null ? [] : this.historyUpTo(parent);
    const history: ChatHistoryMessage[] = [...earlier, ...toHistory([userContent(text, attachments)])];
    const ids = { runId: newId("run"), userMessageId: newId("message"), assistantMessageId: newId("message") };
    // Going on from the branch the user is on keeps the files as they are now (with any edits made
    // after the last answer); answering an earlier message starts from that message's files.
    const manifestId = parent === chat.activeLeafId ? this.options.workspaces.onDisk(chatId) : null;
    chats.insertTurn({
      chatId,
      parentId: parent,
      userText: text,
      attachments,
      model,
      now: Date.now(),
      manifestId,
      ...ids,
    });

    this.launch({
      chatId,
      runId: ids.runId,
      messageId: ids.assistantMessageId,
      parentId: ids.userMessageId,
      model,
      history,
      tools: [...chat.tools, ...(extras.tools ?? [])],
    });
    return ids;
  }

  /** A new answer to the same question, as a sibling of `messageId`, optionally from another model. */
  retry(messageId: string, model: ModelRef | undefined): { runId: string; assistantMessageId: string } {
    const { chats } = this.options;
    const answer = chats.message(messageId);
    if (answer?.role !== "assistant" || answer.parentId === null) {
      throw new CovaltError("validation-failed", "Only an answer to a question can be retried.");
    }
    const chosen = model ?? answer.model ?? chats.get(answer.chatId)?.model;
    if (chosen === undefined || chosen === null)
      throw new CovaltError("validation-failed", "Pick a model to retry with.");
    const history = this.historyUpTo(answer.parentId);
    const ids = { runId: newId("run"), assistantMessageId: newId("message") };
    chats.insertReply({ chatId: answer.chatId, parentId: answer.parentId, model: chosen, now: Date.now(), ...ids });
    this.launch({
      chatId: answer.chatId,
      runId: ids.runId,
      messageId: ids.assistantMessageId,
      parentId: answer.parentId,
      model: chosen,
      history,
      tools: chats.get(answer.chatId)?.tools ?? [],
    });
    return ids;
  }

  /** Lets the model extend an answer that ends its branch; the new text is appended to it. */
  continueMessage(messageId: string): { runId: string; assistantMessageId: string } {
    const { chats } = this.options;
    const answer = chats.message(messageId);
    if (answer?.role !== "assistant") throw new CovaltError("validation-failed", "Only an answer can be continued.");
    if (answer.runId !== null && this.registry.get(answer.runId)?.ended === false) {
      throw new CovaltError("conflict", "This answer is still being written.");
    }
    if ((chats.siblingsOf(answer.chatId, [answer.id]).get(answer.id) ?? []).length > 0) {
      throw new CovaltError("conflict", "Only the last answer of a branch can be continued; this one has replies.");
    }
    const model = answer.model ?? chats.get(answer.chatId)?.model;
    if (model === undefined || model === null)
      throw new CovaltError("validation-failed", "This answer has no model to continue with.");
    // The partial answer goes last, so the model picks up where it stopped (assistant prefill).
    const history = this.historyUpTo(answer.id);
    const runId = newId("run");
    const initial = chats.reopenForContinuation(answer, runId, Date.now());
    this.launch({
      chatId: answer.chatId,
      runId,
      messageId: answer.id,
      parentId: answer.parentId,
      model,
      history,
      initial,
      tools: chats.get(answer.chatId)?.tools ?? [],
      workspaceFrom: answer.id,
    });
    return { runId, assistantMessageId: answer.id };
  }

  private historyUpTo(messageId: string): ChatHistoryMessage[] {
    return [...(this.history.get(messageId) ?? toHistory(this.options.chats.path(messageId)))];
  }

  private launch(turn: {
    chatId: string;
    runId: string;
    messageId: string;
    parentId: string | null;
    model: ModelRef;
    history: ChatHistoryMessage[];
    /** Tool ids and toolset selectors the model may call in this run. */
    tools: readonly string[];
    initial?: MessageContent;
    /** Whose files the run starts from; the message it answers unless it continues an answer. */
    workspaceFrom?: string;
  }): void {
    const writer = new RunWriter(this.options.sqlite, turn.runId, turn.messageId, turn.chatId);
    this.#writers.set(turn.runId, writer);
    const run = new LiveRun(
      turn.runId,
      turn.chatId,
      turn.messageId,
      (live, envelope) => writer.append(envelope, () => live.content),
      turn.initial,
    );
    this.registry.add(run);
    // Approvals still waiting end as cancelled, so the run can wind down instead of waiting forever.
    run.abortController.signal.addEventListener("abort", () => this.options.tools.broker.cancelRun(run.runId), {
      once: true,
    });
    this.options.events.publish({ type: "chat-update", chatId: turn.chatId, change: "run-start", runId: turn.runId });
    const execution = this.execute(run, writer, turn);
    this.#executions.add(execution);
    void execution.finally(() => this.#executions.delete(execution));
  }

  /** Stops every live run with `reason` and waits (briefly) until each has written its end. */
  async stopAll(reason: unknown, waitMs = 5000): Promise<void> {
    for (const run of this.registry.active()) run.abortController.abort(reason);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#executions]),
      new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
    ]);
    clearTimeout(timer);
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
    turn: {
      model: ModelRef;
      history: ChatHistoryMessage[];
      parentId: string | null;
      tools: readonly string[];
      workspaceFrom?: string;
    },
  ): Promise<void> {
    const { workspaces } = this.options;
    try {
      await workspaces.beginRun(run.chatId, run.runId, turn.workspaceFrom ?? turn.parentId);
      const history = await withImages(turn.history, (path) => workspaces.engine.readFile(run.chatId, path));
      await this.options.tools.registry.prepare(turn.tools);
      await runTurn({
        runId: run.runId,
        messageId: run.messageId,
        parentId: turn.parentId,
        graph: defaultChatGraph,
        registry: this.#nodes,
        trigger: { kind: "chat", chatId: run.chatId, model: turn.model, history },
        services: {
          languageModels: this.options.models,
          tools: createRunTools(this.options.tools, {
            chatId: run.chatId,
            runId: run.runId,
            selection: turn.tools,
            emit: run.emit,
            afterWrite: () => workspaces.afterToolCall(run.chatId, run.messageId, run.emit),
          }),
        },
        signal: run.abortController.signal,
        emit: run.emit,
        beforeEnd: () =>
          workspaces.endRun(run.chatId, run.runId, run.messageId).catch((error: unknown) => {
            this.options.logger.error({ err: error, runId: run.runId }, "could not record the workspace of a run");
          }),
      });
    } catch (error) {
      // runTurn reports failures as events; reaching here means emitting itself failed.
      this.options.logger.error({ err: error, runId: run.runId }, "run crashed");
      if (!run.ended) run.emit({ type: "run-end", reason: "error" });
    } finally {
      workspaces.releaseRun(run.chatId, run.runId);
      const last = run.log.at(-1)?.event;
      const status = last?.type === "run-end" ? last.reason : "error";
      try {
        writer.flush(run.content, { status, at: Date.now() });
      } catch (error) {
        this.options.logger.error({ err: error, runId: run.runId }, "could not persist the end of a run");
      }
      // A turn's history ends with the user's message; a continuation's with the answer it extends,
      // which the finished answer replaces.
      const before = turn.history.at(-1)?.role === "assistant" ? turn.history.slice(0, -1) : turn.history;
      this.history.set(run.messageId, [...before, ...toHistory([{ role: "assistant", content: run.content }])]);
      this.registry.retire(run);
      setTimeout(() => this.#writers.delete(run.runId), 60_000).unref();
      this.options.events.publish({ type: "chat-update", chatId: run.chatId, change: "run-end", runId: run.runId });
      this.options.onRunEnd?.(run);
    }
  }
}

function userContent(text: string, attachments: AttachmentBlock[]): Pick<Message, "role" | "content"> {
  return {
    role: "user",
    content: { seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text }, ...attachments] },
  };
}
