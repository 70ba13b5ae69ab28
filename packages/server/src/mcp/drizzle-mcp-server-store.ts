import { CovaltError } from "@covalt/core";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { mcpServers, mcpToolApprovals } from "../db/schema.js";
import type { SecretsVault } from "../secrets/secrets-vault.js";
import type { McpServerRecord, McpServerSecrets, McpToolSnapshot } from "./mcp-config.js";
import type { McpOAuthKey } from "./mcp-oauth.js";
import type { McpServerStore, NewMcpServer } from "./mcp-server-store.js";

type Row = typeof mcpServers.$inferSelect;

const secretContext = (serverId: string, key: string) => `mcp:${serverId}:${key}`;

/**
 * MCP servers in SQLite; secret env values, header values and OAuth state (`oauth:<key>`) are
 * sealed by the vault, bound to their server and name.
 */
export class DrizzleMcpServerStore implements McpServerStore {
  constructor(
    private readonly db: Db,
    private readonly vault: SecretsVault,
  ) {}

  list(): McpServerRecord[] {
    return this.db.select().from(mcpServers).orderBy(mcpServers.id).all().map(toRecord);
  }

  get(id: string): McpServerRecord | undefined {
    const row = this.row(id);
    return row === undefined ? undefined : toRecord(row);
  }

  secrets(id: string): McpServerSecrets {
    const secrets: McpServerSecrets = { env: {}, headers: {} };
    const row = this.row(id);
    if (row === undefined) return secrets;
    for (const [key, sealed] of Object.entries(row.secrets)) {
      const value = this.vault.decrypt(sealed, secretContext(id, key));
      if (key.startsWith("env:")) secrets.env[key.slice(4)] = value;
      else if (key.startsWith("header:")) secrets.headers[key.slice(7)] = value;
    }
    return secrets;
  }

  insert(server: NewMcpServer): McpServerRecord {
    const now = Date.now();
    this.db
      .insert(mcpServers)
      .values({
        ...server.record,
        id: server.id,
        secrets: this.seal(server.id, server.secrets),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    return this.require(server.id);
  }

  update(
    id: string,
    changes: Partial<Omit<McpServerRecord, "id" | "createdAt" | "updatedAt">>,
    secrets?: McpServerSecrets,
  ): McpServerRecord {
    const current = this.row(id);
    if (current === undefined) throw new CovaltError("not-found", `No MCP server "${id}".`);
    const oauth = Object.fromEntries(Object.entries(current.secrets).filter(([key]) => key.startsWith("oauth:")));
    this.db
      .update(mcpServers)
      .set({
        ...changes,
        ...(secrets === undefined ? {} : { secrets: { ...this.seal(id, secrets), ...oauth } }),
        updatedAt: Date.now(),
      })
      .where(eq(mcpServers.id, id))
      .run();
    return this.require(id);
  }

  delete(id: string): void {
    this.db.delete(mcpServers).where(eq(mcpServers.id, id)).run();
  }

  toolApprovals(serverId: string): Map<string, string> {
    const rows = this.db.select().from(mcpToolApprovals).where(eq(mcpToolApprovals.serverId, serverId)).all();
    return new Map(rows.map((row) => [row.toolName, row.fingerprint]));
  }

  approveTool(serverId: string, toolName: string, fingerprint: string): void {
    const approvedAt = Date.now();
    this.db
      .insert(mcpToolApprovals)
      .values({ serverId, toolName, fingerprint, approvedAt })
      .onConflictDoUpdate({
        target: [mcpToolApprovals.serverId, mcpToolApprovals.toolName],
        set: { fingerprint, approvedAt },
      })
      .run();
  }

  cachedTools(serverId: string): McpToolSnapshot[] | undefined {
    return this.row(serverId)?.tools ?? undefined;
  }

  cacheTools(serverId: string, tools: McpToolSnapshot[]): void {
    this.db.update(mcpServers).set({ tools }).where(eq(mcpServers.id, serverId)).run();
  }

  oauth(serverId: string, key: McpOAuthKey): string | undefined {
    const sealed = this.row(serverId)?.secrets[`oauth:${key}`];
    return sealed === undefined ? undefined : this.vault.decrypt(sealed, secretContext(serverId, `oauth:${key}`));
  }

  setOAuth(serverId: string, key: McpOAuthKey, value: string | undefined): void {
    const row = this.row(serverId);
    if (row === undefined) return;
    const name = `oauth:${key}`;
    const secrets = Object.fromEntries(Object.entries(row.secrets).filter(([entry]) => entry !== name));
    if (value !== undefined) secrets[name] = this.vault.encrypt(value, secretContext(serverId, name));
    this.db.update(mcpServers).set({ secrets }).where(eq(mcpServers.id, serverId)).run();
  }

  hasOAuth(serverId: string, key: McpOAuthKey): boolean {
    return this.row(serverId)?.secrets[`oauth:${key}`] !== undefined;
  }

  /** For tests: forget one tool's approval row. */
  forgetTool(serverId: string, toolName: string): void {
    this.db
      .delete(mcpToolApprovals)
      .where(and(eq(mcpToolApprovals.serverId, serverId), eq(mcpToolApprovals.toolName, toolName)))
      .run();
  }

  private row(id: string): Row | undefined {
    return this.db.select().from(mcpServers).where(eq(mcpServers.id, id)).get();
  }

  private require(id: string): McpServerRecord {
    const record = this.get(id);
    if (record === undefined) throw new CovaltError("not-found", `No MCP server "${id}".`);
    return record;
  }

  private seal(id: string, secrets: McpServerSecrets): Record<string, string> {
    const sealed: Record<string, string> = {};
    for (const [name, value] of Object.entries(secrets.env)) {
      sealed[`env:${name}`] = this.vault.encrypt(value, secretContext(id, `env:${name}`));
    }
    for (const [name, value] of Object.entries(secrets.headers)) {
      sealed[`header:${name}`] = this.vault.encrypt(value, secretContext(id, `header:${name}`));
    }
    return sealed;
  }
}

function toRecord(row: Row): McpServerRecord {
  return {
    id: row.id,
    name: row.name,
    transport: row.transport,
    enabled: row.enabled,
    trusted: row.trusted,
    startup: row.startup,
    origin: row.origin,
    consentFingerprint: row.consentFingerprint,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
