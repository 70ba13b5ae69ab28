/**
 * The one codec for canonical tool ids: `builtin:<tool>`, `toolset:<toolset>/<tool>` and
 * `mcp:<server>/<tool>`. Selectors name a whole source: `toolset:<toolset>` or `mcp:<server>`.
 * Tool names may hold any character but `/` is the separator, so a source id may not contain it.
 */
export type ToolIdParts =
  | { kind: "builtin"; tool: string }
  | { kind: "toolset"; source: string; tool: string }
  | { kind: "mcp"; source: string; tool: string };

export type ToolSelector = ToolIdParts | { kind: "toolset" | "mcp"; source: string; tool?: undefined };

export function formatToolId(parts: ToolIdParts): string {
  return parts.kind === "builtin" ? `builtin:${parts.tool}` : `${parts.kind}:${parts.source}/${parts.tool}`;
}

/** Parses a tool id or a whole-source selector; undefined for anything else. */
export function parseToolSelector(value: string): ToolSelector | undefined {
  const colon = value.indexOf(":");
  if (colon <= 0) return undefined;
  const kind = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (rest === "") return undefined;
  if (kind === "builtin") return rest.includes("/") ? undefined : { kind, tool: rest };
  if (kind !== "toolset" && kind !== "mcp") return undefined;
  const slash = rest.indexOf("/");
  if (slash === -1) return { kind, source: rest };
  const source = rest.slice(0, slash);
  const tool = rest.slice(slash + 1);
  if (source === "" || tool === "") return undefined;
  return { kind, source, tool };
}

export function parseToolId(value: string): ToolIdParts | undefined {
  const selector = parseToolSelector(value);
  return selector?.tool === undefined ? undefined : selector;
}

/** Whether a selection entry (a tool id or a whole-source selector) covers the tool. */
export function selectorCovers(selector: string, toolId: string): boolean {
  if (selector === toolId) return true;
  const parsed = parseToolSelector(selector);
  const tool = parseToolId(toolId);
  if (parsed === undefined || tool === undefined || parsed.tool !== undefined) return false;
  return tool.kind === parsed.kind && tool.source === parsed.source;
}

/** The selector for every tool of the source a tool belongs to (`toolset:files` for `toolset:files/read_file`). */
export function sourceSelectorOf(toolId: string): string | undefined {
  const tool = parseToolId(toolId);
  return tool === undefined || tool.kind === "builtin" ? undefined : `${tool.kind}:${tool.source}`;
}
