import { describe, expect, it } from "vitest";
import { splitSnippet } from "./search-snippet.js";

describe("splitSnippet", () => {
  it("splits plain and matched runs", () => {
    expect(splitSnippet("…the \u0001quick\u0002 brown \u0001fox\u0002")).toEqual([
      { text: "…the ", match: false },
      { text: "quick", match: true },
      { text: " brown ", match: false },
      { text: "fox", match: true },
    ]);
  });

  it("keeps markup as text and tolerates unbalanced markers", () => {
    expect(splitSnippet("<b>\u0001x\u0002</b>")).toEqual([
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]);
    expect(splitSnippet("a \u0001cut off")).toEqual([
      { text: "a ", match: false },
      { text: "cut off", match: true },
    ]);
    expect(splitSnippet("\u0002\u0001\u0002plain")).toEqual([{ text: "plain", match: false }]);
    expect(splitSnippet("")).toEqual([]);
  });
});
