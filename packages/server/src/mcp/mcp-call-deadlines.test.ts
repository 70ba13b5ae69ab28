import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { McpCallDeadlines } from "./mcp-call-deadlines.js";

describe("McpCallDeadlines", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A request to the user that stays open until `answer()`. */
  function ask(deadlines: McpCallDeadlines, serverId: string) {
    let answer = (): void => undefined;
    const open = deadlines.whileAsking(serverId, () => new Promise<void>((resolve) => (answer = resolve)));
    return { answer: () => (answer(), open) };
  }

  it("aborts a call that runs out of time", () => {
    const deadline = new McpCallDeadlines().start("server", 500);
    vi.advanceTimersByTime(499);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.expired).toBe(true);
  });

  it("stops the clock while the server waits for the user and runs on with the time left", async () => {
    const deadlines = new McpCallDeadlines();
    const deadline = deadlines.start("server", 500);
    vi.advanceTimersByTime(300);
    const request = ask(deadlines, "server");
    vi.advanceTimersByTime(10_000);
    expect(deadline.signal.aborted).toBe(false);
    await request.answer();
    vi.advanceTimersByTime(199);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.expired).toBe(true);
  });

  it("keeps the clock stopped until the last open request of the server is answered", async () => {
    const deadlines = new McpCallDeadlines();
    const deadline = deadlines.start("server", 100);
    const first = ask(deadlines, "server");
    const second = ask(deadlines, "server");
    await first.answer();
    vi.advanceTimersByTime(1_000);
    expect(deadline.signal.aborted).toBe(false);
    await second.answer();
    vi.advanceTimersByTime(100);
    expect(deadline.expired).toBe(true);
  });

  it("starts a call stopped while its server is asking, and leaves other servers' calls running", async () => {
    const deadlines = new McpCallDeadlines();
    const request = ask(deadlines, "asking");
    const paused = deadlines.start("asking", 100);
    const other = deadlines.start("other", 100);
    vi.advanceTimersByTime(100);
    expect(paused.signal.aborted).toBe(false);
    expect(other.expired).toBe(true);
    await request.answer();
    vi.advanceTimersByTime(100);
    expect(paused.expired).toBe(true);
  });

  it("never aborts a call that ended", () => {
    const deadline = new McpCallDeadlines().start("server", 100);
    deadline.end();
    vi.advanceTimersByTime(1_000);
    expect(deadline.signal.aborted).toBe(false);
  });

  it("wraps only the callbacks that exist", () => {
    const deadlines = new McpCallDeadlines();
    expect(deadlines.pausing({})).toEqual({});
    const wrapped = deadlines.pausing({ onElicitation: () => Promise.resolve({ action: "decline" }) });
    expect(Object.keys(wrapped)).toEqual(["onElicitation"]);
  });
});
