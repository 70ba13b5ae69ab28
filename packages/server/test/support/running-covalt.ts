import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunEventEnvelope } from "@covalt/contracts";
import { resolveServerConfig } from "../../src/config/server-config.js";
import { type RunningServer, startServer } from "../../src/start-server.js";

export const testAuthToken = "integration-token-0123456789";

export interface RunningCovalt {
  server: RunningServer;
  dataDir: string;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the body they expect
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Reads a run's SSE stream until it closes, returning the envelopes in order. */
  events(runId: string, after?: number, headers?: Record<string, string>): Promise<RunEventEnvelope[]>;
  close(): Promise<void>;
}

/** A real Covalt server on a free port with a throwaway data dir, driven over HTTP. */
export async function startCovalt(env: Record<string, string> = {}, dataDir?: string): Promise<RunningCovalt> {
  const directory = dataDir ?? mkdtempSync(join(tmpdir(), "covalt-it-"));
  const config = resolveServerConfig(["--port", "0", "--data-dir", directory], {
    COVALT_AUTH_TOKEN: testAuthToken,
    COVALT_LOG_LEVEL: "debug",
    ...env,
  });
  if (config === "help") throw new Error("unexpected help");
  const server = await startServer(config, join(directory, "no-web"));
  const authorization = `Bearer ${testAuthToken}`;
  return {
    server,
    dataDir: directory,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see the interface
    async api<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    async events(runId, after, headers = {}) {
      const query = after === undefined ? "" : `?after=${after}`;
      const response = await fetch(`${server.url}/api/runs/${runId}/events${query}`, {
        headers: { authorization, ...headers },
      });
      if (!response.ok) throw new Error(`SSE answered ${response.status}: ${await response.text()}`);
      return parseSse(await response.text());
    },
    close: () => server.close(),
  };
}

export function parseSse(text: string): RunEventEnvelope[] {
  const envelopes: RunEventEnvelope[] = [];
  for (const record of text.split("\n\n")) {
    const data = record
      .split("\n")
      .filter((line) => line.startsWith("data: "))
      .map((line) => line.slice(6))
      .join("\n");
    const id = /^id: (\d+)$/m.exec(record)?.[1];
    if (data === "") continue;
    const envelope = JSON.parse(data) as RunEventEnvelope;
    if (id !== undefined && Number(id) !== envelope.seq)
      throw new Error(`SSE id ${id} does not match seq ${envelope.seq}`);
    envelopes.push(envelope);
  }
  return envelopes;
}
