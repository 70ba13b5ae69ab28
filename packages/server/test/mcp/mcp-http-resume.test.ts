import { createConnection, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { McpHost } from "../../src/mcp/mcp-host.js";
import { startResumableServer } from "./fixtures/resumable-http-server.js";
import { newHost, waitFor } from "./mcp-support.js";

/** A TCP relay in front of a server whose open connections can be cut, like a flaky network would. */
async function startCuttableRelay(target: URL): Promise<{ url: string; cut(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const address = relay.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    cut() {
      const count = sockets.size;
      for (const socket of sockets) socket.destroy();
      return count;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}

describe("McpHost over streamable HTTP when the connection drops mid-call", () => {
  let upstream: Awaited<ReturnType<typeof startResumableServer>>;
  let relay: Awaited<ReturnType<typeof startCuttableRelay>>;
  let host: McpHost;

  beforeAll(async () => {
    upstream = await startResumableServer();
    relay = await startCuttableRelay(new URL(upstream.url));
    host = newHost().host;
  });
  afterAll(async () => {
    await host.close();
    await relay.close();
    await upstream.close();
  });

  it("resumes the call's event stream with Last-Event-ID and still gets every progress update and the result", async () => {
    const server = host.create({ name: "Flaky", transport: { type: "http", url: relay.url } });
    const updates: number[] = [];
    const call = host.callTool(
      server.id,
      "count",
      { steps: 4, intervalMs: 400 },
      { onProgress: (update) => updates.push(update.progress), timeoutMs: 8_000 },
    );
    await waitFor(() => updates.length >= 1, 10_000, "the first progress update");
    expect(relay.cut()).toBeGreaterThan(0);

    const result = await call;
    expect(result).toBe("Counted to 4.");
    // Progress sent while the stream was down is replayed from the server's event store, not lost.
    expect(updates).toEqual([1, 2, 3, 4]);
    expect(host.status(server.id).status).toBe("ready");
  });
});
