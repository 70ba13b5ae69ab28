import { describe, expect, it } from "vitest";
import { fakeTool } from "./tool-test-fixtures.js";
import {
  countSelectedTools,
  groupState,
  groupTools,
  isToolSelected,
  toggleGroup,
  toggleTool,
  type ToolGroup,
} from "./tool-selection.js";

const readFile = fakeTool("files", "read_file");
const writeFile = fakeTool("files", "write_file", { description: "Writes a file", risk: "write" });
const fetchUrl = fakeTool("web", "fetch_url");
const clock = fakeTool("builtin", "clock", { source: { kind: "builtin", id: "builtin", name: "Built-in" } });
const tools = [readFile, writeFile, fetchUrl, clock];
const files = groupTools(tools)[0] as ToolGroup;

describe("groupTools", () => {
  it("groups by source in listing order with whole-source selectors", () => {
    const groups = groupTools(tools);
    expect(groups.map((group) => [group.key, group.selector, group.tools.length])).toEqual([
      ["toolset-files", "toolset:files", 2],
      ["toolset-web", "toolset:web", 1],
      ["builtin-builtin", undefined, 1],
    ]);
  });

  it("keeps only matching tools and drops empty groups", () => {
    const groups = groupTools(tools, "WRITES");
    expect(groups.map((group) => group.tools.map((tool) => tool.name))).toEqual([["write_file"]]);
  });
});

describe("selection", () => {
  it("counts tools covered by single ids and by toolset selectors", () => {
    expect(countSelectedTools(["toolset:files", "toolset:web/fetch_url"], tools)).toBe(3);
    expect(isToolSelected(["toolset:files"], readFile.id)).toBe(true);
    expect(isToolSelected(["toolset:files"], fetchUrl.id)).toBe(false);
  });

  it("reports a group as all, some or none", () => {
    expect(groupState(["toolset:files"], files)).toBe("all");
    expect(groupState([readFile.id, writeFile.id], files)).toBe("all");
    expect(groupState([readFile.id], files)).toBe("some");
    expect(groupState([], files)).toBe("none");
  });

  it("toggles a single tool on and off", () => {
    expect(toggleTool([], readFile, files.tools)).toEqual([readFile.id]);
    expect(toggleTool([readFile.id, fetchUrl.id], readFile, files.tools)).toEqual([fetchUrl.id]);
  });

  it("keeps the toolset's other tools when one is turned off from a whole-toolset selection", () => {
    expect(toggleTool(["toolset:files", fetchUrl.id], readFile, files.tools)).toEqual([fetchUrl.id, writeFile.id]);
  });

  it("selects a whole group through its selector, replacing single picks, and clears it", () => {
    expect(toggleGroup([readFile.id, fetchUrl.id], files)).toEqual([fetchUrl.id, "toolset:files"]);
    expect(toggleGroup(["toolset:files", readFile.id], files)).toEqual([]);
    expect(toggleGroup([readFile.id, writeFile.id], files)).toEqual([]);
  });

  it("selects a group without a selector tool by tool", () => {
    const builtins = groupTools(tools)[2] as ToolGroup;
    expect(toggleGroup([], builtins)).toEqual([clock.id]);
    expect(toggleGroup([clock.id], builtins)).toEqual([]);
  });
});
