import type { AppEvent } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { AppEventBus } from "../events/app-event-bus.js";
import { ChatActivityTracker } from "./chat-activity.js";

function setup() {
  const bus = new AppEventBus();
  const tracker = new ChatActivityTracker(bus);
  const published: string[] = [];
  bus.subscribe(({ event }) => {
    if (event.type === "chat-activity") published.push(`${event.chatId}:${event.activity}`);
  });
  const emit = (event: AppEvent) => bus.publish(event);
  return { tracker, published, emit };
}

const question = { serverId: "srv", serverName: "Server", kind: "elicitation", message: "Name?" } as const;

describe("ChatActivityTracker", () => {
  it("follows a run from running to waiting (approval, then MCP question) and back to idle", () => {
    const { tracker, published, emit } = setup();
    emit({ type: "chat-update", chatId: "c1", change: "run-start", runId: "r1" });
    tracker.approvalsChanged("r1", 1);
    tracker.approvalsChanged("r1", 0);
    emit({
      type: "mcp-interaction-request",
      requestId: "q1",
      chatId: "c1",
      createdAt: "2026-11-24T00:00:00.000Z",
      ...question,
    });
    expect(tracker.list()).toEqual([{ chatId: "c1", activity: "waiting" }]);
    emit({ type: "mcp-interaction-end", requestId: "q1", outcome: "accept" });
    emit({ type: "chat-update", chatId: "c1", change: "run-end", runId: "r1" });
    expect(published).toEqual(["c1:running", "c1:waiting", "c1:running", "c1:waiting", "c1:running", "c1:idle"]);
    expect(tracker.list()).toEqual([]);
  });

  it("ignores the end of an older run and questions of chats without a run", () => {
    const { tracker, published, emit } = setup();
    emit({
      type: "mcp-interaction-request",
      requestId: "q0",
      chatId: "c2",
      createdAt: "2026-11-24T00:00:00.000Z",
      ...question,
    });
    emit({ type: "chat-update", chatId: "c1", change: "run-start", runId: "r2" });
    emit({ type: "chat-update", chatId: "c1", change: "run-end", runId: "r1" });
    expect(tracker.list()).toEqual([{ chatId: "c1", activity: "running" }]);
    expect(published).toEqual(["c1:running"]);
  });
});
