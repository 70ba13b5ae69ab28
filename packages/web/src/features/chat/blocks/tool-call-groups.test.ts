import type { Block, ToolCallBlock } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { groupNeedsAttention, groupToolCalls } from "./tool-call-groups.js";

const call = (id: string, toolId: string, state: ToolCallBlock["state"] = "complete"): ToolCallBlock => ({
  type: "tool-call",
  id,
  toolId,
  toolName: toolId.split("/").pop() ?? toolId,
  state,
  inputText: "",
});
const text = (id: string): Block => ({ type: "text", id, text: id });

describe("groupToolCalls", () => {
  it("groups adjacent calls of the same tool", () => {
    const blocks = [text("t1"), call("a", "toolset:files/read_file"), call("b", "toolset:files/read_file"), text("t2")];
    const items = groupToolCalls(blocks);
    expect(items.map((item) => item.type)).toEqual(["block", "tool-group", "block"]);
    expect(items[1]).toMatchObject({ type: "tool-group", toolName: "read_file", index: 1 });
    expect(items[2]).toMatchObject({ index: 3 });
  });

  it("leaves single calls and different tools ungrouped", () => {
    const blocks = [
      call("a", "toolset:files/read_file"),
      call("b", "toolset:files/write_file"),
      call("c", "toolset:files/read_file"),
    ];
    expect(groupToolCalls(blocks).every((item) => item.type === "block")).toBe(true);
  });

  it("does not group calls separated by text", () => {
    const blocks = [call("a", "builtin:x"), text("t"), call("b", "builtin:x")];
    expect(groupToolCalls(blocks)).toHaveLength(3);
  });

  it("groups a long run into one item", () => {
    const blocks = ["a", "b", "c", "d"].map((id) => call(id, "mcp:gh/search"));
    const items = groupToolCalls(blocks);
    expect(items).toHaveLength(1);
    expect(items[0]?.type === "tool-group" && items[0].blocks.map((block) => block.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("groupNeedsAttention", () => {
  it("is true when a call awaits approval", () => {
    expect(groupNeedsAttention([call("a", "builtin:x"), call("b", "builtin:x", "awaiting-approval")])).toBe(true);
    expect(groupNeedsAttention([call("a", "builtin:x")])).toBe(false);
  });
});
