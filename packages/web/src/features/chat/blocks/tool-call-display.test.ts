import type { ToolCallBlock } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import {
  formatDuration,
  inputSummary,
  progressFraction,
  toolCallSummary,
  toolSourceLabel,
} from "./tool-call-display.js";

const block = (overrides: Partial<ToolCallBlock>): ToolCallBlock => ({
  type: "tool-call",
  id: "call_1",
  toolId: "toolset:files/read_file",
  toolName: "read_file",
  state: "complete",
  inputText: "",
  ...overrides,
});

describe("toolSourceLabel", () => {
  it("names the toolset or server, not built-ins", () => {
    expect(toolSourceLabel("toolset:files/write_file")).toBe("files");
    expect(toolSourceLabel("mcp:github/search")).toBe("github");
    expect(toolSourceLabel("builtin:web_fetch")).toBeUndefined();
    expect(toolSourceLabel("nonsense")).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it("picks a unit that reads well", () => {
    expect(formatDuration(340)).toBe("340 ms");
    expect(formatDuration(2_430)).toBe("2.4 s");
    expect(formatDuration(42_000)).toBe("42 s");
    expect(formatDuration(65_000)).toBe("1 m 05 s");
  });
});

describe("toolCallSummary", () => {
  it("prefers a path-like argument", () => {
    expect(inputSummary({ content: "x", path: "src/a.ts" })).toBe("src/a.ts");
    expect(toolCallSummary(block({ input: { path: "src/a.ts" } }))).toBe("src/a.ts");
  });

  it("falls back to the first string argument, on one line and shortened", () => {
    expect(inputSummary({ n: 1, text: "a\n  b" })).toBe("a b");
    expect(inputSummary({ text: "x".repeat(200) })).toHaveLength(90);
  });

  it("uses a text result when the arguments say nothing", () => {
    expect(toolCallSummary(block({ input: {}, result: { output: "42 files", isError: false } }))).toBe("42 files");
    expect(toolCallSummary(block({ input: [] }))).toBeUndefined();
  });
});

describe("progressFraction", () => {
  it("is undefined without a total and clamped otherwise", () => {
    expect(progressFraction({ progress: 3 })).toBeUndefined();
    expect(progressFraction({ progress: 3, total: 4 })).toBe(0.75);
    expect(progressFraction({ progress: 9, total: 4 })).toBe(1);
  });
});
