import type { ToolDescriptor } from "@covalt/contracts";
import { CovaltError, formatToolId } from "@covalt/core";
import { type McpServerRecord, type McpToolSnapshot, riskOf, toolFingerprint } from "./mcp-config.js";
import type { ToolSource } from "../tools/tool-registry.js";
import type { McpServerStore } from "./mcp-server-store.js";

/** One tool of a server with what the user needs to see about it. */
export interface McpToolInfo extends McpToolSnapshot {
  risk: ToolDescriptor["risk"];
  /** The description or schema changed since it was approved; it does not run until acknowledged. */
  changed: boolean;
}

interface ToolEntry {
  snapshot: McpToolSnapshot;
  fingerprint: string;
}

/**
 * The tools each server listed and the fingerprints the user approved ("rug pull" detection): a
 * tool whose description or schema differs from its approved fingerprint is held back until the
 * user acknowledges it. First sight counts as approval. Backed by the store, cached in memory.
 */
export class McpToolCatalog {
  readonly #tools = new Map<string, Map<string, ToolEntry>>();
  readonly #approvals = new Map<string, Map<string, string>>();

  constructor(private readonly store: McpServerStore) {}

  /** A fresh listing from the server. */
  set(serverId: string, tools: McpToolSnapshot[]): void {
    const entries = new Map(tools.map((tool) => [tool.name, { snapshot: tool, fingerprint: toolFingerprint(tool) }]));
    this.#tools.set(serverId, entries);
    const approvals = this.#approvalsOf(serverId);
    for (const entry of entries.values()) {
      if (!approvals.has(entry.snapshot.name)) {
        this.store.approveTool(serverId, entry.snapshot.name, entry.fingerprint);
        approvals.set(entry.snapshot.name, entry.fingerprint);
      }
    }
    this.store.cacheTools(serverId, tools);
  }

  /** How many tools the server has (live or from the last listing), changed ones included. */
  size(serverId: string): number {
    return this.#entries(serverId).size;
  }

  /** Names of tools held back because they changed since approval. */
  changed(serverId: string): string[] {
    const approvals = this.#approvalsOf(serverId);
    return [...this.#entries(serverId).values()]
      .filter((entry) => approvals.get(entry.snapshot.name) !== entry.fingerprint)
      .map((entry) => entry.snapshot.name);
  }

  infos(serverId: string): McpToolInfo[] {
    const approvals = this.#approvalsOf(serverId);
    return [...this.#entries(serverId).values()].map((entry) => ({
      ...entry.snapshot,
      risk: riskOf(entry.snapshot.annotations),
      changed: approvals.get(entry.snapshot.name) !== entry.fingerprint,
    }));
  }

  /** What models may be offered: approved tools only. */
  descriptors(record: McpServerRecord): ToolDescriptor[] {
    const approvals = this.#approvalsOf(record.id);
    return [...this.#entries(record.id).values()]
      .filter((entry) => approvals.get(entry.snapshot.name) === entry.fingerprint)
      .map((entry) => descriptorOf(record, entry.snapshot));
  }

  /** The registry's view of one server: its approved tools. */
  sourceOf(record: McpServerRecord): ToolSource {
    return {
      kind: "mcp",
      id: record.id,
      name: record.name,
      version: "",
      description: describeTransport(record),
      builtin: false,
      tools: this.descriptors(record),
      installedAt: record.createdAt,
    };
  }

  /** Throws unless the tool exists and its current description is the approved one. */
  requireRunnable(record: McpServerRecord, toolName: string): void {
    const entry = this.#entries(record.id).get(toolName);
    if (entry === undefined) {
      throw new CovaltError("tool-not-found", `The MCP server "${record.name}" has no tool "${toolName}".`);
    }
    if (this.#approvalsOf(record.id).get(toolName) !== entry.fingerprint) {
      throw new CovaltError(
        "tool-failed",
        `The description of ${toolName} changed since you approved it: review it in Settings → MCP servers.`,
      );
    }
  }

  acknowledge(serverId: string, toolName: string): void {
    const entry = this.#entries(serverId).get(toolName);
    if (entry === undefined) throw new CovaltError("not-found", `The MCP server has no tool "${toolName}".`);
    this.store.approveTool(serverId, toolName, entry.fingerprint);
    this.#approvalsOf(serverId).set(toolName, entry.fingerprint);
  }

  forget(serverId: string): void {
    this.#tools.delete(serverId);
    this.#approvals.delete(serverId);
  }

  #entries(serverId: string): Map<string, ToolEntry> {
    let entries = this.#tools.get(serverId);
    if (entries === undefined) {
      const cached = this.store.cachedTools(serverId) ?? [];
      entries = new Map(cached.map((tool) => [tool.name, { snapshot: tool, fingerprint: toolFingerprint(tool) }]));
      if (cached.length > 0) this.#tools.set(serverId, entries);
    }
    return entries;
  }

  #approvalsOf(serverId: string): Map<string, string> {
    let approvals = this.#approvals.get(serverId);
    if (approvals === undefined) {
      approvals = this.store.toolApprovals(serverId);
      this.#approvals.set(serverId, approvals);
    }
    return approvals;
  }
}

function descriptorOf(record: McpServerRecord, tool: McpToolSnapshot): ToolDescriptor {
  return {
    id: formatToolId({ kind: "mcp", source: record.id, tool: tool.name }),
    name: tool.name,
    ...(tool.title === undefined ? {} : { title: tool.title }),
    description: tool.description,
    inputSchema: tool.inputSchema,
    risk: riskOf(tool.annotations),
    defaultApproval: record.trusted ? "auto" : "ask",
    source: { kind: "mcp", id: record.id, name: record.name },
  };
}

function describeTransport(record: McpServerRecord): string {
  const { transport } = record;
  return transport.type === "http" ? transport.url : [transport.command, ...transport.args].join(" ");
}
