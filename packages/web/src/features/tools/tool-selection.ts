import type { ToolInfo } from "@covalt/contracts";
import { selectorCovers } from "@covalt/core";

/** The tools of one source (a toolset, an MCP server, or the built-ins), as the picker shows them. */
export interface ToolGroup {
  /** `toolset-files`, `mcp-github`, `builtin-builtin`: unique across kinds, used in test ids. */
  key: string;
  kind: ToolInfo["source"]["kind"];
  sourceId: string;
  name: string;
  /** `toolset:<id>` selects the whole source, including tools it gains later; built-ins have none. */
  selector: string | undefined;
  tools: ToolInfo[];
}

export type GroupState = "all" | "some" | "none";

function matches(tool: ToolInfo, needle: string): boolean {
  return [tool.name, tool.title ?? "", tool.description, tool.source.name].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

/** Groups tools by source in listing order, keeping only tools (or whole groups) that match `query`. */
export function groupTools(tools: readonly ToolInfo[], query = ""): ToolGroup[] {
  const needle = query.trim().toLowerCase();
  const groups = new Map<string, ToolGroup>();
  for (const tool of tools) {
    const key = `${tool.source.kind}-${tool.source.id}`;
    let group = groups.get(key);
    if (group === undefined) {
      const selector = tool.source.kind === "builtin" ? undefined : `${tool.source.kind}:${tool.source.id}`;
      group = { key, kind: tool.source.kind, sourceId: tool.source.id, name: tool.source.name, selector, tools: [] };
      groups.set(key, group);
    }
    if (needle === "" || matches(tool, needle)) group.tools.push(tool);
  }
  return [...groups.values()].filter((group) => group.tools.length > 0);
}

export function isToolSelected(selection: readonly string[], toolId: string): boolean {
  return selection.some((entry) => selectorCovers(entry, toolId));
}

/** `all` when the group's selector is chosen or every one of its tools is. */
export function groupState(selection: readonly string[], group: ToolGroup): GroupState {
  if (group.selector !== undefined && selection.includes(group.selector)) return "all";
  const chosen = group.tools.filter((tool) => isToolSelected(selection, tool.id)).length;
  if (chosen === 0) return "none";
  return chosen === group.tools.length ? "all" : "some";
}

/**
 * Turns one tool on or off. Turning off a tool that was on through its toolset's selector keeps
 * the toolset's other tools on, now listed one by one (`siblings` are all tools of that toolset).
 */
export function toggleTool(selection: readonly string[], tool: ToolInfo, siblings: readonly ToolInfo[]): string[] {
  if (!isToolSelected(selection, tool.id)) return [...selection, tool.id];
  const covering = selection.filter((entry) => entry !== tool.id && selectorCovers(entry, tool.id));
  const rest = selection.filter((entry) => entry !== tool.id && !covering.includes(entry));
  if (covering.length === 0) return rest;
  const others = siblings.filter((sibling) => sibling.id !== tool.id && !rest.includes(sibling.id));
  return [...rest, ...others.map((sibling) => sibling.id)];
}

/**
 * Turns a whole group on (its selector, replacing single picks of its tools) or off (everything of
 * it). A group without a selector (built-ins) is turned on tool by tool.
 */
export function toggleGroup(selection: readonly string[], group: ToolGroup): string[] {
  const ids = new Set(group.tools.map((tool) => tool.id));
  const rest = selection.filter((entry) => entry !== group.selector && !ids.has(entry));
  if (groupState(selection, group) === "all") return rest;
  return group.selector === undefined ? [...rest, ...ids] : [...rest, group.selector];
}

/** How many listed tools the selection turns on: the number on the picker's badge. */
export function countSelectedTools(selection: readonly string[], tools: readonly ToolInfo[]): number {
  return tools.filter((tool) => isToolSelected(selection, tool.id)).length;
}
