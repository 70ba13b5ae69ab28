import type { AppEvent, ApprovalMode, McpServerStatus, McpServerView, ToolInfo } from "@covalt/contracts";
import { formatToolId } from "@covalt/core";
import { formatCommandLine } from "./command-line.js";

export type McpStatusEvent = Extract<AppEvent, { type: "mcp-status" }>;

export const statusLabels: Record<McpServerStatus, string> = {
  ready: "Connected",
  connecting: "Connecting…",
  idle: "Starts when used",
  "needs-consent": "Needs your approval",
  "needs-auth": "Needs sign-in",
  error: "Error",
  disabled: "Off",
};

/** Badge colours: green works, amber waits for the user, red failed, grey is off. */
export const statusTones: Record<McpServerStatus, string> = {
  ready: "bg-success-soft text-success-fg",
  connecting: "bg-hover text-fg-muted",
  idle: "bg-hover text-fg-muted",
  "needs-consent": "bg-warning-soft text-warning-fg",
  "needs-auth": "bg-warning-soft text-warning-fg",
  error: "bg-danger-soft text-danger-fg",
  disabled: "bg-hover text-fg-subtle",
};

/** What a row shows under the name: the command line of a stdio server, the URL of an HTTP one. */
export function transportSummary(server: Pick<McpServerView, "transport">): string {
  const { transport } = server;
  return transport.type === "http" ? transport.url : formatCommandLine(transport.command, transport.args);
}

/**
 * Applies a live `mcp-status` event to the cached server list so the badge changes at once; the
 * list is refetched afterwards for what the event does not carry (changed tool names, stderr).
 */
export function applyStatusEvent(servers: readonly McpServerView[], event: McpStatusEvent): McpServerView[] {
  return servers.map((server) => {
    if (server.id !== event.serverId) return server;
    const { lastError: _previous, ...rest } = server;
    return {
      ...rest,
      status: event.status,
      toolCount: event.toolCount ?? server.toolCount,
      ...(event.lastError === undefined ? {} : { lastError: event.lastError }),
    };
  });
}

/**
 * The server-wide approval override (`mcp:<id>`) as far as the tool list reveals it: a tool
 * without its own override whose approval differs from its default follows the server's. The API
 * lists no source overrides for MCP servers, so an override equal to the default reads as none.
 */
export function inferServerOverride(tools: readonly ToolInfo[], serverId: string): ApprovalMode | null {
  const followers = tools.filter(
    (tool) => tool.source.kind === "mcp" && tool.source.id === serverId && tool.override === null,
  );
  return followers.find((tool) => tool.approval !== tool.defaultApproval)?.approval ?? null;
}

/** `mcp:<server>/<tool>`, the id tool policies and the tool list use. */
export function mcpToolId(serverId: string, toolName: string): string {
  return formatToolId({ kind: "mcp", source: serverId, tool: toolName });
}
