import { describe, expect, it } from "vitest";
import { cleanTitle, fallbackTitle } from "./chat-titles.js";

describe("chat titles", () => {
  it.each([
    ['"Trip to Lisbon"', "Trip to Lisbon"],
    ["# **Trip** to `Lisbon`.", "Trip to Lisbon"],
    ["Title: Planning a trip\nSecond line", "Planning a trip"],
    ["  spaced    out   title  ", "spaced out title"],
  ])("turns %j into the plain title %j", (raw, title) => {
    expect(cleanTitle(raw)).toBe(title);
  });

  it("shortens a long title to 80 characters with an ellipsis", () => {
    const title = cleanTitle("word ".repeat(40));
    expect(title).toHaveLength(80);
    expect(title.endsWith("…")).toBe(true);
  });

  it("falls back to the first words of the message", () => {
    expect(fallbackTitle("How do I bake sourdough bread at home without a starter kit?")).toBe(
      "How do I bake sourdough bread at home",
    );
    expect(fallbackTitle("   ")).toBe("New chat");
  });
});
