import { describe, expect, it } from "vitest";
import {
  activeSlashCommandAt,
  flattenGroups,
  promptUserText,
  replaceSlashCommand,
  slashCommandEnd,
  slashSuggestions,
  type SlashPrompt,
} from "./slash-commands.js";

function entry(serverId: string, serverName: string, name: string, title?: string): SlashPrompt {
  return { serverId, serverName, prompt: title === undefined ? { name } : { name, title } };
}

describe("activeSlashCommandAt", () => {
  it("finds a command at the start of the text", () => {
    expect(activeSlashCommandAt("/", 1)).toEqual({ start: 0, query: "" });
    expect(activeSlashCommandAt("/sum", 4)).toEqual({ start: 0, query: "sum" });
  });

  it("finds a command at the start of a later line, after spaces", () => {
    const text = "hello\n  /rev";
    expect(activeSlashCommandAt(text, text.length)).toEqual({ start: 8, query: "rev" });
  });

  it("ignores a slash inside a line or a path", () => {
    expect(activeSlashCommandAt("see /tmp", 8)).toBeUndefined();
    expect(activeSlashCommandAt("a/b", 3)).toBeUndefined();
    expect(activeSlashCommandAt("/usr/bin", 8)).toBeUndefined();
  });

  it("closes once a space follows the name", () => {
    expect(activeSlashCommandAt("/sum ", 5)).toBeUndefined();
  });

  it("looks only at the text before the caret", () => {
    expect(activeSlashCommandAt("/summary", 3)).toEqual({ start: 0, query: "su" });
  });
});

describe("slashSuggestions", () => {
  const entries = [
    entry("b", "Beta", "summarize"),
    entry("a", "Alpha", "review_code", "Review code"),
    entry("a", "Alpha", "code_summary"),
    entry("a", "Alpha", "simple"),
  ];

  it("groups every prompt by server name for an empty query", () => {
    const groups = slashSuggestions(entries, "");
    expect(groups.map((group) => group.serverName)).toEqual(["Alpha", "Beta"]);
    expect(groups[0]?.prompts.map((item) => item.prompt.name)).toEqual(["code_summary", "review_code", "simple"]);
  });

  it("puts prefix matches first within a server and drops misses", () => {
    const groups = slashSuggestions(entries, "SUM");
    expect(flattenGroups(groups).map((item) => item.prompt.name)).toEqual(["code_summary", "summarize"]);
    expect(slashSuggestions(entries, "co").flatMap((group) => group.prompts.map((item) => item.prompt.name))).toEqual([
      "code_summary",
      "review_code",
    ]);
  });

  it("matches titles too", () => {
    expect(flattenGroups(slashSuggestions(entries, "review c")).map((item) => item.prompt.name)).toEqual([
      "review_code",
    ]);
  });

  it("keeps at most the limit", () => {
    expect(flattenGroups(slashSuggestions(entries, "", 2))).toHaveLength(2);
  });
});

describe("replacing a command", () => {
  it("replaces the whole command, also the part after the caret", () => {
    const text = "intro\n/summ and more";
    const command = activeSlashCommandAt(text, 9);
    expect(command).toEqual({ start: 6, query: "su" });
    if (command === undefined) return;
    const end = slashCommandEnd(text, command);
    expect(end).toBe(11);
    const replaced = replaceSlashCommand(text, { start: 6, end, command: "/summ" }, "Summarize this");
    expect(replaced).toEqual({ text: "intro\nSummarize this and more", caret: 20 });
  });

  it("puts the prompt first when the command is gone", () => {
    expect(replaceSlashCommand("other", { start: 0, end: 4, command: "/abc" }, "Prompt")).toEqual({
      text: "Prompt\n\nother",
      caret: 6,
    });
  });
});

describe("promptUserText", () => {
  it("joins the user messages with blank lines and skips the rest", () => {
    expect(
      promptUserText([
        { role: "user", text: "First\n" },
        { role: "assistant", text: "Skipped" },
        { role: "user", text: "Second" },
        { role: "user", text: "  " },
      ]),
    ).toBe("First\n\nSecond");
  });
});
