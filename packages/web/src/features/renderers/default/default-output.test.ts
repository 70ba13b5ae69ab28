import { describe, expect, it } from "vitest";
import { defaultOutputText, prettyValue } from "./default-output.js";

describe("defaultOutputText", () => {
  it("shows strings as they are and other values as pretty JSON", () => {
    expect(defaultOutputText("hello")).toBe("hello");
    expect(defaultOutputText({ a: 1 })).toBe('{\n  "a": 1\n}');
  });

  it("joins MCP text content parts", () => {
    expect(
      defaultOutputText([
        { type: "text", text: "one" },
        { type: "text", text: "two" },
      ]),
    ).toBe("one\n\ntwo");
    expect(defaultOutputText({ content: [{ type: "text", text: "only" }] })).toBe("only");
  });

  it("keeps mixed content as JSON", () => {
    expect(defaultOutputText([{ type: "image", data: "x" }])).toContain('"image"');
  });
});

describe("prettyValue", () => {
  it("survives values JSON cannot express", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(prettyValue(cyclic)).toBe("(This value cannot be shown as JSON.)");
    expect(prettyValue(10n)).toBe("10");
    expect(prettyValue(undefined)).toBe("");
  });
});
