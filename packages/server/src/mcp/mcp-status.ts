import type { AppEvent } from "@covalt/contracts";
import type { McpServerRecord, McpServerState } from "./mcp-config.js";
import type { McpConnection } from "./mcp-connection.js";

/** A server's state as Settings shows it: the configuration's verdict first, then the connection's. */
export function serverState(
  record: McpServerRecord,
  consented: boolean,
  connection: McpConnection | undefined,
  tools: { total: number; changed: string[] },
): McpServerState {
  const status = !record.enabled ? "disabled" : !consented ? "needs-consent" : (connection?.status ?? "idle");
  return {
    id: record.id,
    status,
    ...(connection?.lastError === undefined ? {} : { lastError: connection.lastError }),
    stderr: [...(connection?.stderr ?? [])],
    toolCount: tools.total - tools.changed.length,
    changedTools: tools.changed,
    ...(connection?.via === undefined ? {} : { connectedVia: connection.via }),
    ...(connection?.pid === undefined ? {} : { pid: connection.pid }),
  };
}

/** `mcp-status` app events, each sent only when something a client shows has changed. */
export class McpStatusPublisher {
  readonly #last = new Map<string, string>();

  constructor(private readonly events: { publish(event: AppEvent): void } | undefined) {}

  publish(state: McpServerState): void {
    if (this.events === undefined) return;
    const event: AppEvent = {
      type: "mcp-status",
      serverId: state.id,
      status: state.status,
      toolCount: state.toolCount,
      ...(state.lastError === undefined ? {} : { lastError: state.lastError }),
      ...(state.changedTools.length === 0 ? {} : { changedToolCount: state.changedTools.length }),
    };
    const key = JSON.stringify(event);
    if (this.#last.get(state.id) === key) return;
    this.#last.set(state.id, key);
    this.events.publish(event);
  }

  forget(serverId: string): void {
    this.#last.delete(serverId);
  }
}
