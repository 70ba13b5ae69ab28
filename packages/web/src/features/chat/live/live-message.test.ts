import type { Message, RunEventEnvelope } from "@covalt/contracts";
import { emptyMessageContent } from "@covalt/core";
import { describe, expect, it } from "vitest";
import {
  applyToLiveMessage,
  displayedContent,
  messagesToFollow,
  seedLiveMessage,
  settledLiveMessages,
} from "./live-message.js";

function envelope(seq: number, event: RunEventEnvelope["event"], runId = "run_1"): RunEventEnvelope {
  return { v: 1, seq, time: "2025-01-01T00:00:00.000Z", runId, event };
}

function assistant(overrides: Partial<Message> = {}): Message {
  return {
    id: "msg_a",
    chatId: "chat_1",
    parentId: "msg_u",
    role: "assistant",
    content: emptyMessageContent(),
    status: "streaming",
    runId: "run_1",
    model: null,
    createdAt: 1,
    ...overrides,
  };
}

const stream = [
  envelope(1, { type: "run-start", messageId: "msg_a" }),
  envelope(2, { type: "text-start", id: "t" }),
  envelope(3, { type: "text-delta", id: "t", delta: "Hello" }),
  envelope(4, { type: "text-delta", id: "t", delta: " world" }),
  envelope(5, { type: "run-end", reason: "complete" }),
];

describe("live messages", () => {
  it("folds envelopes once each, even when a reconnect replays an overlapping range", () => {
    let live = seedLiveMessage(undefined, "run_1", emptyMessageContent());
    for (const item of [...stream.slice(0, 4), ...stream.slice(2)]) live = applyToLiveMessage(live, item);
    expect(live.content.blocks).toEqual([{ type: "text", id: "t", text: "Hello world" }]);
    expect(live.content.status).toBe("complete");
    expect(live.content.seq).toBe(5);
  });

  it("ignores envelopes of another run and returns the same object when nothing changed", () => {
    const live = seedLiveMessage(undefined, "run_1", emptyMessageContent());
    expect(applyToLiveMessage(live, envelope(1, { type: "run-start", messageId: "x" }, "run_2"))).toBe(live);
    const started = applyToLiveMessage(live, stream[1] as RunEventEnvelope);
    expect(applyToLiveMessage(started, stream[1] as RunEventEnvelope)).toBe(started);
  });

  it("keeps a live copy that is ahead of a reloaded checkpoint, and takes a checkpoint that is ahead", () => {
    let live = seedLiveMessage(undefined, "run_1", emptyMessageContent());
    for (const item of stream.slice(0, 4)) live = applyToLiveMessage(live, item);
    const checkpoint = { seq: 2, status: "streaming" as const, blocks: [{ type: "text" as const, id: "t", text: "" }] };
    expect(seedLiveMessage(live, "run_1", checkpoint)).toBe(live);
    const later = { ...checkpoint, seq: 9 };
    expect(seedLiveMessage(live, "run_1", later).content).toBe(later);
  });

  it("shows whichever copy is further along and follows only messages still streaming", () => {
    const message = assistant({ content: { seq: 2, status: "streaming", blocks: [] } });
    let live = seedLiveMessage(undefined, "run_1", message.content);
    expect(displayedContent(message, live).content).toBe(message.content);
    for (const item of stream) live = applyToLiveMessage(live, item);
    expect(displayedContent(message, live).status).toBe("complete");

    const other = assistant({ id: "msg_b", runId: "run_2" });
    const user = assistant({ id: "msg_u", role: "user", runId: null });
    expect(messagesToFollow([user, message, other], { msg_a: live })).toEqual([{ messageId: "msg_b", runId: "run_2" }]);
    expect(
      messagesToFollow([other], { msg_b: { runId: "run_2", content: other.content, streamError: "gone" } }),
    ).toEqual([]);
  });

  it("releases live copies only once the server holds the finished content", () => {
    let live = seedLiveMessage(undefined, "run_1", emptyMessageContent());
    for (const item of stream) live = applyToLiveMessage(live, item);
    const stillStreaming = assistant({ content: { seq: 3, status: "streaming", blocks: [] } });
    const lagging = assistant({ status: "complete", content: { seq: 4, status: "complete", blocks: [] } });
    const caughtUp = assistant({ status: "complete", content: live.content });
    expect(settledLiveMessages([stillStreaming], { msg_a: live })).toEqual([]);
    expect(settledLiveMessages([lagging], { msg_a: live })).toEqual([]);
    expect(settledLiveMessages([caughtUp], { msg_a: live })).toEqual(["msg_a"]);
  });
});
