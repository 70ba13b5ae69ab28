import type { ApprovalMode, ToolDescriptor, ToolInfo, ToolsetInfo } from "@covalt/contracts";
import { decideApproval, selectorCovers, sourceSelectorOf } from "@covalt/core";
import type { ToolPolicyStore } from "./tool-policy-store.js";

/** One source of tools as the registry needs it: a toolset (toolset host) or an MCP server (MCP host). */
export interface ToolSource {
  kind: "toolset" | "mcp";
  id: string;
  name: string;
  version: string;
  description: string;
  builtin: boolean;
  tools: ToolDescriptor[];
  installedAt: number;
}

export interface ToolSourceProvider {
  list(): ToolSource[];
  /**
   * Makes the tools a selection covers known before a run offers them, e.g. by starting an MCP
   * server that has never listed its tools. Resolves (never rejects) once they are known or could
   * not become so; a failure shows in the source's own status.
   */
  prepare?(selectors: readonly string[]): Promise<void>;
}

/**
 * Every tool Covalt knows, from every source (toolsets now, MCP servers next), with the user's
 * approval overrides applied. Disabled toolsets contribute no tools.
 */
export class ToolRegistry {
  readonly #providers: ToolSourceProvider[];

  constructor(
    private readonly policies: ToolPolicyStore,
    providers: ToolSourceProvider[],
  ) {
    this.#providers = providers;
  }

  toolsets(): ToolsetInfo[] {
    const disabled = this.policies.disabledToolsets();
    const overrides = this.policies.overrides();
    return this.sources()
      .filter((source) => source.kind === "toolset")
      .map((source) => ({
        id: source.id,
        name: source.name,
        version: source.version,
        description: source.description,
        builtin: source.builtin,
        enabled: !disabled.has(source.id),
        toolCount: source.tools.length,
        override: overrides.get(`toolset:${source.id}`) ?? null,
        installedAt: source.installedAt,
      }))
      .sort((a, b) => Number(b.builtin) - Number(a.builtin) || a.name.localeCompare(b.name));
  }

  toolset(id: string): ToolsetInfo | undefined {
    return this.toolsets().find((toolset) => toolset.id === id);
  }

  /** Tools of enabled toolsets, each with the approval that applies before any chat allowance. */
  tools(): ToolInfo[] {
    const overrides = this.policies.overrides();
    return this.enabledTools().map((tool) => {
      const override = overrides.get(tool.id) ?? null;
      const sourceSelector = sourceSelectorOf(tool.id);
      const sourceOverride = sourceSelector === undefined ? undefined : overrides.get(sourceSelector);
      const { mode } = decideApproval({
        defaultApproval: tool.defaultApproval,
        toolOverride: override ?? undefined,
        sourceOverride,
        allowedInChat: false,
      });
      return { ...tool, approval: mode, override };
    });
  }

  /** Tools of enabled toolsets and MCP servers (a disabled server lists no tools). */
  enabledTools(): ToolDescriptor[] {
    const disabled = this.policies.disabledToolsets();
    return this.sources()
      .filter((source) => source.kind !== "toolset" || !disabled.has(source.id))
      .flatMap((source) => source.tools);
  }

  /** The enabled tools a chat's selection (tool ids and whole-toolset selectors) covers. */
  forSelection(selectors: readonly string[]): ToolDescriptor[] {
    if (selectors.length === 0) return [];
    return this.enabledTools().filter((tool) => selectors.some((selector) => selectorCovers(selector, tool.id)));
  }

  /** Waits (bounded by each provider) until the sources a selection names have listed their tools. */
  async prepare(selectors: readonly string[]): Promise<void> {
    if (selectors.length === 0) return;
    await Promise.all(this.#providers.map((provider) => provider.prepare?.(selectors) ?? Promise.resolve()));
  }

  overrideFor(toolId: string): { tool?: ApprovalMode; source?: ApprovalMode } {
    const overrides = this.policies.overrides();
    const sourceSelector = sourceSelectorOf(toolId);
    return {
      ...(overrides.has(toolId) ? { tool: overrides.get(toolId) } : {}),
      ...(sourceSelector !== undefined && overrides.has(sourceSelector)
        ? { source: overrides.get(sourceSelector) }
        : {}),
    };
  }

  private sources(): ToolSource[] {
    return this.#providers.flatMap((provider) => provider.list());
  }
}
