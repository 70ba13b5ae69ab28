import { CovaltError } from "@covalt/core";
import type { McpConnection } from "./mcp-connection.js";

/**
 * The live connections, one per server, and the promise that none outlives Covalt: `close()` stops
 * them all, and if the process exits without it, stdio children still get SIGTERM.
 */
export class McpConnectionPool {
  readonly #connections = new Map<string, McpConnection>();
  #closed = false;
  readonly #killOnExit = () => {
    for (const connection of this.#connections.values()) {
      const pid = connection.pid;
      if (pid === undefined) continue;
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };

  constructor(private readonly open: (serverId: string) => McpConnection) {
    process.on("exit", this.#killOnExit);
  }

  get closed(): boolean {
    return this.#closed;
  }

  get(serverId: string): McpConnection | undefined {
    return this.#connections.get(serverId);
  }

  /** The server's connection, made on first use (not yet connected). */
  obtain(serverId: string): McpConnection {
    if (this.#closed) throw new CovaltError("unavailable", "MCP servers are shut down.");
    let connection = this.#connections.get(serverId);
    if (connection === undefined) {
      connection = this.open(serverId);
      this.#connections.set(serverId, connection);
    }
    return connection;
  }

  /** Stops the connection but keeps it (status, stderr) for the next start. */
  async stop(serverId: string): Promise<void> {
    await this.#connections.get(serverId)?.stop();
  }

  /** Closes and forgets the connection (the server is removed). */
  async drop(serverId: string): Promise<void> {
    const connection = this.#connections.get(serverId);
    this.#connections.delete(serverId);
    await connection?.close();
  }

  /** Stops every server (stdio children are gone when this resolves). */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#connections.values()].map((connection) => connection.close()));
    process.off("exit", this.#killOnExit);
  }
}
