import { describe, expect, it } from "vitest";
import { messageText } from "./message-text.js";

describe("messageText", () => {
  it("joins text blocks, including nested member runs, and skips reasoning, tools and errors", () => {
    expect(
      messageText([
        { type: "reasoning", id: "r", text: "hmm", state: "done" },
        { type: "text", id: "a", text: "First" },
        { type: "tool-call", id: "t", toolId: "builtin:x", toolName: "x", state: "complete", inputText: "{}" },
        {
          type: "member-run",
          id: "m",
          name: "helper",
          kind: "agent",
          status: "complete",
          blocks: [{ type: "text", id: "b", text: "Nested" }],
        },
        { type: "text", id: "c", text: "  " },
        { type: "error", code: "provider-error", message: "x", retryable: false },
      ]),
    ).toBe("First\n\nNested");
  });
});
