import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema.js";
import { DrizzleMcpServerStore } from "../../src/mcp/drizzle-mcp-server-store.js";
import { runMcpCommand } from "../../src/mcp/mcp-command.js";
import { SecretsVault } from "../../src/secrets/secrets-vault.js";
import { everythingBin, newHost } from "./mcp-support.js";

/**
 * Until the migration for the MCP tables exists, the tables are created straight from schema.ts
 * (the same DDL drizzle-kit would generate).
 */
async function createTables(sqlite: Sqlite.Database): Promise<void> {
  // drizzle-kit's API types pull in every driver; only these two functions are needed.
  const kit = (await import("drizzle-kit/api")) as unknown as {
    generateSQLiteDrizzleJson(schema: Record<string, unknown>): Promise<unknown>;
    generateSQLiteMigration(previous: unknown, current: unknown): Promise<string[]>;
  };
  const empty = await kit.generateSQLiteDrizzleJson({});
  const current = await kit.generateSQLiteDrizzleJson({
    mcpServers: schema.mcpServers,
    mcpToolApprovals: schema.mcpToolApprovals,
  });
  for (const statement of await kit.generateSQLiteMigration(empty, current)) sqlite.exec(statement);
}

describe("DrizzleMcpServerStore", () => {
  let sqlite: Sqlite.Database;
  let store: DrizzleMcpServerStore;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "covalt-mcp-db-"));
    sqlite = new Sqlite(join(dir, "mcp.db"));
    sqlite.pragma("foreign_keys = ON");
    await createTables(sqlite);
    store = new DrizzleMcpServerStore(drizzle(sqlite, { schema }), new SecretsVault(randomBytes(32)));
  });
  afterAll(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps secrets sealed at rest and serves the host end to end", async () => {
    const { host } = newHost({ store });
    try {
      const server = host.create({
        name: "Everything",
        transport: {
          type: "stdio",
          command: process.execPath,
          args: [everythingBin],
          secretEnv: { API_TOKEN: "token-value-123" },
        },
      });
      const raw = JSON.stringify(sqlite.prepare("select * from mcp_servers").all());
      expect(raw).not.toContain("token-value-123");
      expect(store.secrets(server.id)).toEqual({ env: { API_TOKEN: "token-value-123" }, headers: {} });

      host.consent(server.id, server.fingerprint);
      await host.listTools(server.id);
      expect(store.toolApprovals(server.id).size).toBeGreaterThan(5);
      expect(store.cachedTools(server.id)?.some((tool) => tool.name === "echo")).toBe(true);
      expect(store.get(server.id)?.consentFingerprint).toBe(server.fingerprint);
    } finally {
      await host.close();
    }

    // A new host (a restart) knows the tools from the cache before connecting.
    const { host: again } = newHost({ store });
    try {
      const id = again.servers()[0]?.id ?? "";
      expect(again.list()[0]?.tools.some((tool) => tool.name === "echo")).toBe(true);
      expect(await again.callTool(id, "echo", { message: "db" })).toBe("Echo: db");
      await again.remove(id);
      expect(sqlite.prepare("select count(*) as n from mcp_tool_approvals").get()).toEqual({ n: 0 });
    } finally {
      await again.close();
    }
  });

  it("rejects a ciphertext moved to another server", () => {
    const a = store.insert({
      id: "mcp_aaaaaaaaaaaaaaaaaaaaaaaaaa",
      record: {
        name: "A",
        transport: { type: "http", url: "http://127.0.0.1:1/mcp", headerNames: ["Authorization"] },
        enabled: true,
        trusted: false,
        startup: "lazy",
        origin: "user",
        consentFingerprint: null,
      },
      secrets: { env: {}, headers: { Authorization: "Bearer a" } },
    });
    const sealed = (sqlite.prepare("select secrets from mcp_servers where id = ?").get(a.id) as { secrets: string })
      .secrets;
    store.insert({
      id: "mcp_bbbbbbbbbbbbbbbbbbbbbbbbbb",
      record: { ...a, name: "B" },
      secrets: { env: {}, headers: {} },
    });
    sqlite.prepare("update mcp_servers set secrets = ? where id = ?").run(sealed, "mcp_bbbbbbbbbbbbbbbbbbbbbbbbbb");
    expect(() => store.secrets("mcp_bbbbbbbbbbbbbbbbbbbbbbbbbb")).toThrow();
  });
});

describe("covalt mcp CLI", () => {
  it("prints usage and fails on a bad command", async () => {
    const errors: string[] = [];
    const code = await runMcpCommand(
      ["frobnicate", "x"],
      {},
      () => undefined,
      (text) => errors.push(text),
    );
    expect(code).toBe(2);
    expect(errors.join("")).toMatch(/Unknown command "frobnicate"/);
  });
});
