import { describe, expect, it } from "vitest";
import { ansiColor, paletteColor } from "./ansi-palette.js";
import { ansiPlainText, ansiSegments } from "./ansi-segments.js";

describe("ansiSegments", () => {
  it("splits text into styled runs", () => {
    const segments = ansiSegments("ok \u001b[31mred\u001b[1;92m bold\u001b[0m done");
    expect(segments).toEqual([
      { text: "ok " },
      { text: "red", color: "#f2777a" },
      { text: " bold", color: "#aef0a0", bold: true },
      { text: " done" },
    ]);
  });

  it("reads 256-colour and truecolor codes, and truecolor only where it was set", () => {
    const segments = ansiSegments("\u001b[38;5;196ma\u001b[38;2;10;20;30mb\u001b[0m\u001b[44mc\u001b[0m");
    expect(segments[0]).toEqual({ text: "a", color: "rgb(255, 0, 0)" });
    expect(segments[1]).toEqual({ text: "b", color: "rgb(10, 20, 30)" });
    expect(segments[2]).toEqual({ text: "c", background: "#6fa8f2" });
  });

  it("drops cursor control sequences and keeps plain text intact", () => {
    expect(ansiSegments("a\u001b[2Kb")).toEqual([{ text: "a" }, { text: "b" }]);
    expect(ansiPlainText("\u001b[32mgreen\u001b[0m <b>")).toBe("green <b>");
  });
});

describe("ansiColor", () => {
  it("ignores names outside the palette and malformed truecolor", () => {
    expect(ansiColor("ansi-url(evil)", null)).toBeUndefined();
    expect(ansiColor("ansi-truecolor", "1, 2, 3); background: url(x)")).toBeUndefined();
    expect(ansiColor("ansi-truecolor", "300, 2, 3")).toBeUndefined();
    expect(paletteColor(256)).toBeUndefined();
    expect(paletteColor(232)).toBe("rgb(8, 8, 8)");
  });
});
