import { describe, expect, it } from "vitest";
import { fakeTool } from "./tool-test-fixtures.js";
import {
  activeMentionAt,
  extractToolMentions,
  insertMention,
  mentionNameFor,
  mentionSuggestions,
} from "./tool-mentions.js";

const readFile = fakeTool("files", "read_file");
const writeFile = fakeTool("files", "write_file");
const fetchUrl = fakeTool("web", "fetch_url");
const otherRead = fakeTool("notes", "read_file");
const tools = [readFile, writeFile, fetchUrl];

describe("extractToolMentions", () => {
  it("collects the canonical ids of mentioned tools, once each, in order", () => {
    expect(extractToolMentions("@fetch_url the page, then @read_file it and @fetch_url again", tools)).toEqual([
      "toolset:web/fetch_url",
      "toolset:files/read_file",
    ]);
  });

  it("ignores unknown names, emails, paths and a bare @", () => {
    expect(extractToolMentions("mail me@read_file.com, see a/@read_file, @nope, @ alone", tools)).toEqual([]);
  });

  it("accepts mentions after punctuation and before trailing punctuation", () => {
    expect(extractToolMentions("(@read_file), use @write_file.", tools)).toEqual([
      "toolset:files/read_file",
      "toolset:files/write_file",
    ]);
  });

  it("skips a bare name two sources share, and takes the qualified form", () => {
    const clashing = [...tools, otherRead];
    expect(extractToolMentions("@read_file", clashing)).toEqual([]);
    expect(extractToolMentions("@notes.read_file and @files.read_file", clashing)).toEqual([
      "toolset:notes/read_file",
      "toolset:files/read_file",
    ]);
  });

  it("accepts the qualified form even when the bare name is unique", () => {
    expect(extractToolMentions("@web.fetch_url", tools)).toEqual(["toolset:web/fetch_url"]);
  });
});

describe("mention helpers", () => {
  it("qualifies a name only when another source shares it", () => {
    expect(mentionNameFor(readFile, tools)).toBe("read_file");
    expect(mentionNameFor(readFile, [...tools, otherRead])).toBe("files.read_file");
  });

  it("finds the mention being typed at the caret", () => {
    expect(activeMentionAt("hello @rea", 10)).toEqual({ start: 6, query: "rea" });
    expect(activeMentionAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(activeMentionAt("me@rea", 6)).toBeUndefined();
    expect(activeMentionAt("@read_file done", 15)).toBeUndefined();
  });

  it("suggests prefix matches before substring matches", () => {
    expect(mentionSuggestions(tools, "file").map((tool) => tool.name)).toEqual(["read_file", "write_file"]);
    expect(mentionSuggestions(tools, "w").map((tool) => tool.name)).toEqual(["write_file"]);
    expect(mentionSuggestions(tools, "").length).toBe(3);
  });

  it("replaces the typed mention and puts the caret after one space", () => {
    expect(insertMention("use @rea now", { start: 4, query: "rea" }, 8, "read_file")).toEqual({
      text: "use @read_file now",
      caret: 15,
    });
    expect(insertMention("@fe", { start: 0, query: "fe" }, 3, "fetch_url")).toEqual({
      text: "@fetch_url ",
      caret: 11,
    });
  });
});
