import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppEvent } from "@covalt/contracts";
import { McpHost } from "../../src/mcp/mcp-host.js";
import type { McpHostOptions } from "../../src/mcp/mcp-host-options.js";
import { InMemoryMcpServerStore } from "../../src/mcp/mcp-server-store.js";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const everythingBin = join(repoRoot, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
export const filesystemBin = join(repoRoot, "node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000, label = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** server-everything over HTTP (`streamableHttp` or the legacy `sse` transport) on a free port. */
export async function startHttpEverything(
  mode: "streamableHttp" | "sse" = "streamableHttp",
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [everythingBin, mode], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => /listening on port|running on port/i.test(output), 15_000, "the HTTP MCP server to listen");
  return {
    url: `http://127.0.0.1:${port}/${mode === "sse" ? "sse" : "mcp"}`,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

export function newHost(options: Partial<McpHostOptions> = {}) {
  const events: AppEvent[] = [];
  const store = options.store ?? new InMemoryMcpServerStore();
  const host = new McpHost({
    store,
    events: { publish: (event) => events.push(event) },
    timings: { reconnectInitialMs: 100, reconnectMaxMs: 1_000 },
    ...options,
  });
  return { host, store, events };
}

/** Adds server-everything over stdio and consents to it. */
export function addEverything(host: McpHost, extra: { trusted?: boolean; args?: string[] } = {}) {
  const server = host.create({
    name: "Everything",
    transport: { type: "stdio", command: process.execPath, args: [everythingBin, ...(extra.args ?? ["stdio"])] },
    trusted: extra.trusted ?? false,
  });
  return host.consent(server.id, server.fingerprint);
}
