import { describe, expect, it } from "vitest";
import { filterCommands, paletteCommands } from "./palette-commands.js";

describe("filterCommands", () => {
  const ids = (text: string, inChat = true) =>
    filterCommands(paletteCommands, text, { inChat }).map((command) => command.id);

  it("lists everything for an empty query, chat-only commands only in a chat", () => {
    expect(ids("")).toHaveLength(paletteCommands.length);
    expect(ids("", false)).not.toContain("branch-map");
  });

  it("matches every typed word against label and keywords", () => {
    expect(ids("new")).toEqual(["new-chat"]);
    expect(ids("DARK mode")).toEqual(["theme"]);
    expect(ids("settings")).toEqual(["settings", "providers"]);
    expect(ids("nothing like this")).toEqual([]);
  });
});
