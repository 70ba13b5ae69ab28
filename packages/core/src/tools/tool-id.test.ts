import { describe, expect, it } from "vitest";
import { formatToolId, parseToolId, parseToolSelector, selectorCovers, sourceSelectorOf } from "./tool-id.js";

describe("tool id codec", () => {
  it("round-trips every kind of id", () => {
    for (const id of ["builtin:clock", "toolset:files/write_file", "mcp:github/create_issue", "mcp:srv/a:b.c"]) {
      const parsed = parseToolId(id);
      expect(parsed).toBeDefined();
      if (parsed !== undefined) expect(formatToolId(parsed)).toBe(id);
    }
  });

  it("splits at the first slash, so tool names may contain one", () => {
    expect(parseToolId("mcp:fs/dir/read")).toEqual({ kind: "mcp", source: "fs", tool: "dir/read" });
  });

  it("refuses malformed ids", () => {
    for (const id of ["", "files", ":x", "builtin:", "builtin:a/b", "toolset:/x", "toolset:files/", "web:x/y"]) {
      expect(parseToolId(id), id).toBeUndefined();
    }
  });

  it("reads whole-source selectors that are not tool ids", () => {
    expect(parseToolSelector("toolset:files")).toEqual({ kind: "toolset", source: "files" });
    expect(parseToolId("toolset:files")).toBeUndefined();
  });

  it("matches selectors against tools of the same source only", () => {
    expect(selectorCovers("toolset:files", "toolset:files/read_file")).toBe(true);
    expect(selectorCovers("toolset:files", "toolset:files-extra/read_file")).toBe(false);
    expect(selectorCovers("mcp:files", "toolset:files/read_file")).toBe(false);
    expect(selectorCovers("toolset:files/read_file", "toolset:files/read_file")).toBe(true);
    expect(selectorCovers("toolset:files/read_file", "toolset:files/write_file")).toBe(false);
    expect(sourceSelectorOf("mcp:github/x")).toBe("mcp:github");
    expect(sourceSelectorOf("builtin:x")).toBeUndefined();
  });
});
