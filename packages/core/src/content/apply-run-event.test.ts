import type { Block, MemberRunBlock, RunEventEnvelope, ToolCallBlock } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { applyRunEvent, applyRunEvents, emptyMessageContent } from "./apply-run-event.js";
import { loadStream, streamNames } from "../../test/load-fixture.js";

const replay = (envelopes: RunEventEnvelope[]) => applyRunEvents(emptyMessageContent(), envelopes);

function toolCall(blocks: Block[], id: string): ToolCallBlock {
  const block = blocks.find((candidate) => candidate.type === "tool-call" && candidate.id === id);
  if (block?.type !== "tool-call") throw new Error(`no tool call ${id}`);
  return block;
}

describe("applyRunEvent on recorded streams", () => {
  it("builds a single text block from a plain streamed answer", () => {
    const content = replay(loadStream("plain-text"));
    expect(content.status).toBe("complete");
    expect(content.blocks).toEqual([
      { type: "text", id: "t1", text: "Hello! Here is a **short** answer with `code`." },
    ]);
    expect(content.usage).toEqual({ inputTokens: 12, outputTokens: 9 });
    expect(content.seq).toBe(loadStream("plain-text").length);
  });

  it("keeps reasoning, text and tool calls in the order they streamed", () => {
    const content = replay(loadStream("reasoning-text-tools"));
    expect(content.blocks.map((block) => block.type)).toEqual([
      "reasoning",
      "text",
      "tool-call",
      "tool-call",
      "workspace-change",
      "text",
    ]);
    const [reasoning, firstText] = content.blocks;
    expect(reasoning).toMatchObject({
      state: "done",
      text: "The user wants a file. I should write it.",
      durationMs: 2040,
    });
    expect(firstText).toMatchObject({ text: "I'll create the file now." });
    expect(content.blocks[5]).toMatchObject({ text: "Done: notes.md is written." });
  });

  it("follows a tool call through approval with edited arguments to its result", () => {
    const { blocks } = replay(loadStream("reasoning-text-tools"));
    const write = toolCall(blocks, "call_a");
    expect(write.state).toBe("complete");
    expect(write.inputText).toBe('{"path":"notes.md","content":"# Notes"}');
    expect(write.input).toEqual({ path: "notes.md", content: "# My notes" });
    expect(write.approval).toMatchObject({ risk: "write", decision: "allow-chat" });
    expect(write.renderPlan).toEqual({ renderer: "code", title: "notes.md", config: { language: "markdown" } });
    const longRunning = toolCall(blocks, "call_b");
    expect(longRunning).toMatchObject({ state: "complete", progress: { progress: 2, total: 2 } });
    expect(longRunning.result).toEqual({ output: "done", isError: false, durationMs: 2000 });
  });

  it("folds file changes of one turn into one summary and sums usage across steps", () => {
    const content = replay(loadStream("reasoning-text-tools"));
    expect(content.blocks[4]).toEqual({
      type: "workspace-change",
      manifestId: "mfst_01jd00000000000000000001",
      changes: [
        { path: "notes.md", kind: "added" },
        { path: "todo.md", kind: "added" },
      ],
    });
    expect(content.usage).toEqual({ inputTokens: 250, outputTokens: 52, reasoningTokens: 20, cachedInputTokens: 100 });
  });

  it("nests member runs and routes each event to the run named in its envelope", () => {
    const { blocks, status } = replay(loadStream("nested-member-runs"));
    expect(status).toBe("complete");
    expect(blocks.map((block) => block.type)).toEqual(["text", "member-run"]);
    expect(blocks[0]).toMatchObject({
      text: "Let me ask the researcher. (still working) The researcher found one result.",
    });
    const researcher = blocks[1] as MemberRunBlock;
    expect(researcher).toMatchObject({ name: "Researcher", kind: "agent", status: "complete" });
    expect(researcher.blocks.map((block) => block.type)).toEqual(["reasoning", "member-run", "text"]);
    const search = researcher.blocks[1] as MemberRunBlock;
    expect(search).toMatchObject({ kind: "node", nodeId: "n_search", status: "complete" });
    expect(toolCall(search.blocks, "call_s")).toMatchObject({
      state: "complete",
      result: { output: [{ title: "Covalt" }] },
    });
  });

  it("keeps the partial text and adds a readable error block when the provider fails", () => {
    const content = replay(loadStream("provider-error"));
    expect(content.status).toBe("error");
    expect(content.blocks).toEqual([
      { type: "text", id: "t1", text: "Partial answer before the" },
      {
        type: "error",
        code: "provider-stream-interrupted",
        message: "The provider closed the stream before the answer finished. Retry to continue.",
        retryable: true,
      },
    ]);
  });

  it("marks a call still awaiting approval as denied and closes reasoning when the run is cancelled", () => {
    const content = replay(loadStream("cancel-during-approval"));
    expect(content.status).toBe("cancelled");
    expect(content.blocks[0]).toMatchObject({ type: "reasoning", state: "done" });
    expect(toolCall(content.blocks, "call_x").state).toBe("denied");
  });
});

describe("applyRunEvent idempotency and resumption", () => {
  for (const name of streamNames) {
    const stream = loadStream(name);
    const expected = replay(stream);

    it(`${name}: applying every event twice gives the same content`, () => {
      expect(replay(stream.flatMap((envelope) => [envelope, envelope]))).toEqual(expected);
    });

    it(`${name}: resuming with an overlapping range after any cut gives the same content`, () => {
      for (let cut = 0; cut <= stream.length; cut += 1) {
        const beforeCut = replay(stream.slice(0, cut));
        const resumed = applyRunEvents(beforeCut, stream.slice(Math.max(0, cut - 3)));
        expect(resumed, `cut at ${cut}`).toEqual(expected);
      }
    });
  }

  it("returns the very same object for an already applied seq, so memoized views skip it", () => {
    const stream = loadStream("plain-text");
    const content = replay(stream);
    expect(applyRunEvent(content, stream[3] as RunEventEnvelope)).toBe(content);
  });

  it("leaves untouched blocks identical when a delta streams into the last block", () => {
    const stream = loadStream("reasoning-text-tools");
    const lastDelta = stream.findLastIndex((envelope) => envelope.event.type === "text-delta");
    const before = replay(stream.slice(0, lastDelta));
    const after = applyRunEvent(before, stream[lastDelta] as RunEventEnvelope);
    expect(after.blocks.slice(0, -1).every((block, index) => block === before.blocks[index])).toBe(true);
    expect(after.blocks.at(-1)).not.toBe(before.blocks.at(-1));
  });

  it("skips event types it does not know, from a newer server, without losing its place", () => {
    const content = replay(loadStream("plain-text"));
    const future = {
      v: 1,
      seq: content.seq + 1,
      time: "2026-11-20T10:00:09.000Z",
      runId: "run_01jd0000000000000000000001",
      event: { type: "hologram-delta", frames: 3 },
    } as unknown as RunEventEnvelope;
    const next = applyRunEvent(content, future);
    expect(next.blocks).toBe(content.blocks);
    expect(next.seq).toBe(content.seq + 1);
  });
});
