import { join } from "node:path";
import Sqlite from "better-sqlite3";
import type { ProviderInstance, SendMessageResponse } from "@covalt/contracts";
import { resolveServerConfig, startServer, type RunningServer } from "@covalt/server";
import { createTempDataDir, type MockLlmServer } from "@covalt/testing";

const token = "bench-token-0123456789abcdef";

/** A Covalt server in this process, wired to a mock provider, with a small HTTP client. */
export async function startInProcessCovalt(mock: MockLlmServer) {
  const dataDir = createTempDataDir("covalt-bench-");
  const config = resolveServerConfig(["--port", "0", "--data-dir", dataDir.path], {
    COVALT_AUTH_TOKEN: token,
    COVALT_LOG_LEVEL: "warn",
  });
  if (config === "help") throw new Error("unexpected --help");
  const server: RunningServer = await startServer(config, join(dataDir.path, "no-web"));
  const request = (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    // After a long pause (bulk seeding) the pooled keep-alive socket may have just been closed by
    // the server; a GET is safe to send once more.
    const response = await request(method, path, body).catch((error: unknown) => {
      if (method !== "GET") throw error;
      return request(method, path, body);
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const provider = await call<ProviderInstance>("POST", "/api/providers", {
    catalogId: "openai-compatible",
    name: "Mock",
    baseUrl: `${mock.url}/v1`,
  });
  const chatId = (await call<{ id: string }>("POST", "/api/chats", {})).id;
  return {
    server,
    chatId,
    call,
    send: (content: string) =>
      call<SendMessageResponse>("POST", `/api/chats/${chatId}/messages`, {
        content,
        model: { providerId: provider.id, modelId: "gpt-test" },
      }),
    /** Reads the run's SSE stream to its end. */
    async drain(runId: string): Promise<void> {
      const response = await fetch(`${server.url}/api/runs/${runId}/events`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.text();
    },
    /** A second connection to the server's database, for seeding data in bulk. */
    openDatabase(): Sqlite.Database {
      const sqlite = new Sqlite(join(dataDir.path, "covalt.db"));
      sqlite.pragma("busy_timeout = 5000");
      return sqlite;
    },
    /** Appends `count` alternating user/assistant messages to the chat straight into SQLite. */
    seedHistory(count: number): void {
      const sqlite = new Sqlite(join(dataDir.path, "covalt.db"));
      const insert = sqlite.prepare(
        "insert into messages (id, chat_id, parent_id, role, content, status, created_at) values (?, ?, ?, ?, ?, 'complete', ?)",
      );
      let parent: string | null = null;
      sqlite.transaction(() => {
        for (let index = 0; index < count; index += 1) {
          const id = `msg_seed${String(index).padStart(10, "0")}`;
          const text = `Seeded message ${index}: ${"lorem ipsum dolor sit amet ".repeat(8)}`;
          const content = JSON.stringify({ seq: 0, status: "complete", blocks: [{ type: "text", id: "t", text }] });
          insert.run(id, chatId, parent, index % 2 === 0 ? "user" : "assistant", content, Date.now());
          parent = id;
        }
        sqlite.prepare("update chats set active_leaf_id = ? where id = ?").run(parent, chatId);
      })();
      sqlite.close();
    },
    async close() {
      await server.close();
      dataDir.cleanup();
    },
  };
}
