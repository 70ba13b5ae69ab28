import { describe, expect, it } from "vitest";
import { DirectiveError, type MockDirective, mockDirective, parseDirectives } from "./directives.js";
import { generateWords, splitWords } from "./words.js";

describe("mock directives", () => {
  it("round-trips every option through mockDirective and parseDirectives", () => {
    const directive: MockDirective = {
      tokens: 20,
      rate: 12.5,
      reply: 'Say "hi" ]] \\ and\nleave',
      reasoning: "think [[hard]]",
      tools: [{ name: "search", args: { query: "a }] b", nested: [1, { x: null }] } }, { name: "weird name/1" }],
      status: 429,
      message: "slow down",
      retryAfter: 0,
      dropAfter: 3,
      malformed: 2,
      errorAfter: 4,
      delay: 100,
      firstTokenDelay: 50,
    };
    expect(parseDirectives(mockDirective(directive))).toEqual({ directive, found: true, text: "" });
    expect(parseDirectives(mockDirective({ reasoning: 7, malformed: true })).directive).toEqual({
      reasoning: 7,
      malformed: true,
    });
  });

  it("reads hand-written directives anywhere in a message and strips them from the text", () => {
    const parsed = parseDirectives(
      'Hi [[mock tokens=5  tool=a args={"x":1}]] there [[mock tool=b tools=[{"name":"c"}]]]',
    );
    expect(parsed.text).toBe("Hi  there ");
    expect(parsed.directive).toEqual({
      tokens: 5,
      tools: [{ name: "a", args: { x: 1 } }, { name: "b" }, { name: "c" }],
    });
    expect(parseDirectives("no directive here")).toEqual({ directive: {}, found: false, text: "no directive here" });
  });

  it("tells a bare number from a quoted text", () => {
    expect(parseDirectives("[[mock reasoning=20]]").directive.reasoning).toBe(20);
    expect(parseDirectives('[[mock reasoning="20"]]').directive.reasoning).toBe("20");
  });

  it.each([
    ["[[mock tokenz=1]]", 'unknown key "tokenz"'],
    ["[[mock tokens=-1]]", "tokens= needs a non-negative number"],
    ["[[mock tokens=many]]", "tokens= needs a non-negative number"],
    ["[[mock args={}]]", "args= must follow a tool="],
    ['[[mock tool=a args={"x":]]', "args= is not valid JSON"],
    ["[[mock tokens=1", 'missing "]]"'],
    ["[[mock tools={}]]", "tools= needs a JSON array"],
  ])("rejects %s", (message, expected) => {
    expect(() => parseDirectives(message)).toThrow(DirectiveError);
    expect(() => parseDirectives(message)).toThrow(expected);
  });
});

describe("word deltas", () => {
  it("split text so that the deltas join back to it exactly", () => {
    for (const text of ["", "  ", " lead and trail \n", "one", "a  b\n\nc\t"]) {
      expect(splitWords(text).join("")).toBe(text);
    }
    expect(splitWords("Hello  big\nworld")).toEqual(["Hello  ", "big\n", "world"]);
  });

  it("generate exactly the requested number of prose words", () => {
    const words = generateWords(200);
    expect(words).toHaveLength(200);
    expect(words.join("").split(/\s+/)).toHaveLength(200);
    expect(words.join("")).toMatch(/^[A-Z][^]*\.$/);
    expect(words.join("")).toContain("\n\n");
  });
});
