import type { AppEvent, ChatActivity } from "@covalt/contracts";
import type { AppEventBus } from "../events/app-event-bus.js";

interface LiveChat {
  runId: string;
  /** Approval requests of the run waiting for an answer. */
  approvals: number;
  /** MCP elicitation or sampling requests attributed to the chat, by request id. */
  questions: Set<string>;
}

/**
 * What each chat is doing, so the chat list can show which chats stream and which need the user.
 * Derived from the events that already exist (run start and end, MCP requests) plus the approval
 * broker's count; a change is published as `chat-activity` only when the activity really moves.
 */
export class ChatActivityTracker {
  readonly #live = new Map<string, LiveChat>();
  readonly #questionChats = new Map<string, string>();
  readonly #published = new Map<string, ChatActivity>();
  readonly #unsubscribe: () => void;

  constructor(private readonly events: AppEventBus) {
    this.#unsubscribe = events.subscribe(({ event }) => this.#observe(event));
  }

  /** Chats that are not idle, for a client that (re)connects. */
  list(): { chatId: string; activity: ChatActivity }[] {
    return [...this.#live.keys()].map((chatId) => ({ chatId, activity: this.#activityOf(chatId) }));
  }

  /** The approval broker's count of waiting requests for a run changed. */
  approvalsChanged(runId: string, waiting: number): void {
    for (const [chatId, live] of this.#live) {
      if (live.runId !== runId) continue;
      live.approvals = waiting;
      this.#publish(chatId);
    }
  }

  close(): void {
    this.#unsubscribe();
  }

  #observe(event: AppEvent): void {
    if (event.type === "chat-update" && event.change === "run-start" && event.runId !== undefined) {
      const previous = this.#live.get(event.chatId);
      this.#live.set(event.chatId, { runId: event.runId, approvals: 0, questions: previous?.questions ?? new Set() });
      this.#publish(event.chatId);
    } else if (event.type === "chat-update" && (event.change === "run-end" || event.change === "deleted")) {
      const live = this.#live.get(event.chatId);
      if (live === undefined || (event.change === "run-end" && live.runId !== event.runId)) return;
      this.#live.delete(event.chatId);
      for (const requestId of live.questions) this.#questionChats.delete(requestId);
      this.#publish(event.chatId);
    } else if (event.type === "mcp-interaction-request" && event.chatId !== undefined) {
      const live = this.#live.get(event.chatId);
      if (live === undefined) return;
      live.questions.add(event.requestId);
      this.#questionChats.set(event.requestId, event.chatId);
      this.#publish(event.chatId);
    } else if (event.type === "mcp-interaction-end") {
      const chatId = this.#questionChats.get(event.requestId);
      if (chatId === undefined) return;
      this.#questionChats.delete(event.requestId);
      this.#live.get(chatId)?.questions.delete(event.requestId);
      this.#publish(chatId);
    }
  }

  #activityOf(chatId: string): ChatActivity {
    const live = this.#live.get(chatId);
    if (live === undefined) return "idle";
    return live.approvals > 0 || live.questions.size > 0 ? "waiting" : "running";
  }

  #publish(chatId: string): void {
    const activity = this.#activityOf(chatId);
    if ((this.#published.get(chatId) ?? "idle") === activity) return;
    if (activity === "idle") this.#published.delete(chatId);
    else this.#published.set(chatId, activity);
    this.events.publish({ type: "chat-activity", chatId, activity });
  }
}
