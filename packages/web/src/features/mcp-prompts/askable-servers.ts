import type { McpServerStatus, McpServerView } from "@covalt/contracts";

/**
 * Where asking for prompts or resources can succeed without the user doing anything first:
 * connected, connecting, or `idle` — a lazy server that has not started yet; the listing routes
 * start it. `error`, `needs-auth`, `needs-consent` and `disabled` servers are left alone: asking
 * would only fail again (or start something the user has not allowed).
 */
const askableStatuses: ReadonlySet<McpServerStatus> = new Set(["ready", "connecting", "idle"]);

export function isAskableServer(server: Pick<McpServerView, "enabled" | "consented" | "status">): boolean {
  return server.enabled && server.consented && askableStatuses.has(server.status);
}

/**
 * The servers the `/` prompt list and "Attach from MCP…" ask. A server that changes between
 * `idle`, `connecting` and `ready` (asking starts it) stays in the list, so its cached query is
 * kept rather than dropped and asked again.
 */
export function askableServers<T extends Pick<McpServerView, "enabled" | "consented" | "status">>(
  servers: readonly T[],
): T[] {
  return servers.filter(isAskableServer);
}

/** The server has not connected yet: asking it starts it, which takes a moment. */
export function isStarting(server: Pick<McpServerView, "status">): boolean {
  return server.status !== "ready";
}
