import type { ToolInfo } from "@covalt/contracts";

/** A listed tool for unit tests: `toolset:<source>/<name>` unless the kind says otherwise. */
export function fakeTool(source: string, name: string, overrides: Partial<ToolInfo> = {}): ToolInfo {
  const kind = overrides.source?.kind ?? "toolset";
  return {
    id: kind === "builtin" ? `builtin:${name}` : `${kind}:${source}/${name}`,
    name,
    description: `${name} of ${source}`,
    inputSchema: { type: "object" },
    risk: "read",
    defaultApproval: "auto",
    approval: "auto",
    override: null,
    source: { kind, id: source, name: source.charAt(0).toUpperCase() + source.slice(1) },
    ...overrides,
  };
}
