import { CovaltError } from "@covalt/core";
import type {
  McpServerRecord,
  McpServerSecrets,
  McpToolSnapshot,
  McpTransportConfig,
  McpTransportInput,
} from "./mcp-config.js";
import type { McpOAuthKey, McpOAuthStorage } from "./mcp-oauth.js";

export interface NewMcpServer {
  id: string;
  record: Omit<McpServerRecord, "id" | "createdAt" | "updatedAt">;
  secrets: McpServerSecrets;
}

/**
 * Where MCP server configurations, consents, tool approvals and OAuth state live (SQLite in the
 * app, memory in tests and the CLI). OAuth values survive `update` with new secrets.
 */
export interface McpServerStore extends McpOAuthStorage {
  list(): McpServerRecord[];
  get(id: string): McpServerRecord | undefined;
  /** Decrypted secret values; never sent to a client. */
  secrets(id: string): McpServerSecrets;
  insert(server: NewMcpServer): McpServerRecord;
  update(
    id: string,
    changes: Partial<Omit<McpServerRecord, "id" | "createdAt" | "updatedAt">>,
    secrets?: McpServerSecrets,
  ): McpServerRecord;
  delete(id: string): void;
  /** Fingerprints of each tool's description and schema as the user approved them (first seen counts). */
  toolApprovals(serverId: string): Map<string, string>;
  approveTool(serverId: string, toolName: string, fingerprint: string): void;
  /** The last tool listing, so tools of a server not yet started are known. */
  cachedTools(serverId: string): McpToolSnapshot[] | undefined;
  cacheTools(serverId: string, tools: McpToolSnapshot[]): void;
}

/**
 * Turns a requested transport into the stored config and secret values; `null` secrets keep the
 * value stored under the same name (an error when there is none).
 */
export function resolveTransportInput(
  input: McpTransportInput,
  current: McpServerSecrets,
): { transport: McpTransportConfig; secrets: McpServerSecrets } {
  const keep = (kind: "env" | "headers", values: Record<string, string | null>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(values).map(([key, value]) => {
        if (value !== null) return [key, value];
        const stored = current[kind][key];
        if (stored === undefined) {
          throw new CovaltError("validation-failed", `There is no stored value for "${key}" to keep; enter one.`);
        }
        return [key, stored];
      }),
    );
  if (input.type === "http") {
    const headers = keep("headers", input.headers ?? {});
    return {
      transport: { type: "http", url: input.url, headerNames: Object.keys(headers) },
      secrets: { env: {}, headers },
    };
  }
  const env = keep("env", input.secretEnv ?? {});
  const plain = input.env ?? {};
  const clash = Object.keys(env).find((key) => key in plain);
  if (clash !== undefined) {
    throw new CovaltError("validation-failed", `"${clash}" is both a plain and a secret environment variable.`);
  }
  return {
    transport: {
      type: "stdio",
      command: input.command,
      args: input.args ?? [],
      env: plain,
      secretEnvKeys: Object.keys(env),
      ...(input.cwd === undefined ? {} : { cwd: input.cwd }),
    },
    secrets: { env, headers: {} },
  };
}

/** Keeps everything in memory: tests, and the CLI when it talks to a server given by URL. */
export class InMemoryMcpServerStore implements McpServerStore {
  readonly #servers = new Map<string, { record: McpServerRecord; secrets: McpServerSecrets }>();
  readonly #approvals = new Map<string, Map<string, string>>();
  readonly #tools = new Map<string, McpToolSnapshot[]>();
  readonly #oauth = new Map<string, string>();

  list(): McpServerRecord[] {
    return [...this.#servers.values()].map((entry) => structuredClone(entry.record));
  }

  get(id: string): McpServerRecord | undefined {
    const entry = this.#servers.get(id);
    return entry === undefined ? undefined : structuredClone(entry.record);
  }

  secrets(id: string): McpServerSecrets {
    const entry = this.#servers.get(id);
    return entry === undefined ? { env: {}, headers: {} } : structuredClone(entry.secrets);
  }

  insert(server: NewMcpServer): McpServerRecord {
    const now = Date.now();
    const record: McpServerRecord = {
      ...structuredClone(server.record),
      id: server.id,
      createdAt: now,
      updatedAt: now,
    };
    this.#servers.set(server.id, { record, secrets: structuredClone(server.secrets) });
    return structuredClone(record);
  }

  update(
    id: string,
    changes: Partial<Omit<McpServerRecord, "id" | "createdAt" | "updatedAt">>,
    secrets?: McpServerSecrets,
  ): McpServerRecord {
    const entry = this.#servers.get(id);
    if (entry === undefined) throw new CovaltError("not-found", `No MCP server "${id}".`);
    entry.record = { ...entry.record, ...structuredClone(changes), updatedAt: Date.now() };
    if (secrets !== undefined) entry.secrets = structuredClone(secrets);
    return structuredClone(entry.record);
  }

  delete(id: string): void {
    this.#servers.delete(id);
    this.#approvals.delete(id);
    this.#tools.delete(id);
    for (const key of ["tokens", "client", "verifier"] as const) this.#oauth.delete(`${id}:${key}`);
  }

  oauth(serverId: string, key: McpOAuthKey): string | undefined {
    return this.#oauth.get(`${serverId}:${key}`);
  }

  setOAuth(serverId: string, key: McpOAuthKey, value: string | undefined): void {
    if (value === undefined) this.#oauth.delete(`${serverId}:${key}`);
    else if (this.#servers.has(serverId)) this.#oauth.set(`${serverId}:${key}`, value);
  }

  hasOAuth(serverId: string, key: McpOAuthKey): boolean {
    return this.#oauth.has(`${serverId}:${key}`);
  }

  toolApprovals(serverId: string): Map<string, string> {
    return new Map(this.#approvals.get(serverId));
  }

  approveTool(serverId: string, toolName: string, fingerprint: string): void {
    const approvals = this.#approvals.get(serverId) ?? new Map<string, string>();
    approvals.set(toolName, fingerprint);
    this.#approvals.set(serverId, approvals);
  }

  cachedTools(serverId: string): McpToolSnapshot[] | undefined {
    const tools = this.#tools.get(serverId);
    return tools === undefined ? undefined : structuredClone(tools);
  }

  cacheTools(serverId: string, tools: McpToolSnapshot[]): void {
    this.#tools.set(serverId, structuredClone(tools));
  }
}
