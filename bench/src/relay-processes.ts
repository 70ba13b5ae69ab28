import { createRequire } from "node:module";
import type { ProviderInstance } from "@covalt/contracts";
import { createTempDataDir, findRepoRoot, serverCliPath, spawnUntilReady, terminate } from "@covalt/testing";
import { join } from "node:path";

const tsx = createRequire(import.meta.url).resolve("tsx");
const token = "relay-bench-token-0123456789";

/** The mock provider and the built Covalt server, each in its own process, as users run them. */
export async function startRelayProcesses() {
  const mock = await spawnUntilReady({
    command: process.execPath,
    args: ["--import", tsx, join(findRepoRoot(), "packages/testing/src/mock-llm/cli.ts"), "--port", "0"],
    readyPattern: /listening on (http:\/\/\S+)/,
    timeoutMs: 20_000,
    name: "mock LLM",
  });
  const dataDir = createTempDataDir("covalt-bench-");
  const covalt = await spawnUntilReady({
    command: process.execPath,
    args: [serverCliPath(), "--port", "0", "--data-dir", dataDir.path],
    env: { ...process.env, COVALT_AUTH_TOKEN: token, COVALT_LOG_LEVEL: "warn" },
    readyPattern: /is running at (http:\/\/[^/\s]+)/,
    timeoutMs: 20_000,
    name: "Covalt",
  }).catch(async (error: unknown) => {
    await terminate(mock.child);
    throw error;
  });
  const mockUrl = mock.ready[1] ?? "";
  const covaltUrl = covalt.ready[1] ?? "";
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const call = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${covaltUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const provider = await call<ProviderInstance>("/api/providers", {
    catalogId: "openai-compatible",
    name: "Mock",
    baseUrl: `${mockUrl}/v1`,
  });
  const chatId = (await call<{ id: string }>("/api/chats", {})).id;
  return {
    mockUrl,
    covaltUrl,
    /** Starts a turn and returns the response of its SSE event stream. */
    async streamTurn(content: string): Promise<Response> {
      const { runId } = await call<{ runId: string }>(`/api/chats/${chatId}/messages`, {
        content,
        model: { providerId: provider.id, modelId: "gpt-test" },
      });
      return fetch(`${covaltUrl}/api/runs/${runId}/events`, { headers });
    },
    async close() {
      await terminate(covalt.child);
      await terminate(mock.child);
      dataDir.cleanup();
    },
  };
}
