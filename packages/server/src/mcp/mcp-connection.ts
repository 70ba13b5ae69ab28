import type { McpServerStatus } from "@covalt/contracts";
import { StringDecoder } from "node:string_decoder";
import { CovaltError } from "@covalt/core";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type {
  CreateMessageRequest,
  CreateMessageResult,
  ElicitRequest,
  ElicitResult,
} from "@modelcontextprotocol/sdk/types.js";
import {
  connectionClosedCode,
  invalidRequestCode,
  loadedMcpSdk,
  loadMcpSdk,
  type McpSdk,
  requestTimeoutCode,
} from "./mcp-sdk.js";
import type { McpServerRecord, McpServerSecrets, McpToolSnapshot } from "./mcp-config.js";

/**
 * What a server may ask of the user (MCP elicitation and sampling). Without a callback the request
 * is declined: elicitation answers `decline`, sampling fails with an error.
 */
export interface McpClientCallbacks {
  onElicitation?(serverId: string, request: ElicitRequest["params"]): Promise<ElicitResult>;
  onSampling?(serverId: string, request: CreateMessageRequest["params"]): Promise<CreateMessageResult>;
}

export interface McpConnectionTimings {
  /** How long the handshake (spawn or HTTP + initialize) may take. Default 30 s. */
  connectTimeoutMs: number;
  /** Health ping period while connected. Default 30 s. */
  pingIntervalMs: number;
  pingTimeoutMs: number;
  /** Reconnect backoff after a crash or a dropped connection: initial delay, doubling up to the max. */
  reconnectInitialMs: number;
  reconnectMaxMs: number;
  /** Reconnect attempts in a row before the server stays in `error` until its next use. */
  reconnectAttempts: number;
}

export const defaultTimings: McpConnectionTimings = {
  connectTimeoutMs: 30_000,
  pingIntervalMs: 30_000,
  pingTimeoutMs: 10_000,
  reconnectInitialMs: 500,
  reconnectMaxMs: 30_000,
  reconnectAttempts: 6,
};

export interface McpConnectionOptions {
  serverId: string;
  /** The current config and secrets; read at every connect so edits take effect on restart. */
  load(): { record: McpServerRecord; secrets: McpServerSecrets };
  clientInfo: { name: string; version: string };
  callbacks: McpClientCallbacks;
  timings: McpConnectionTimings;
  /** Called whenever status, error, stderr tail or tools change. */
  onChange(): void;
  /** Called with every fresh tool listing. */
  onTools(tools: McpToolSnapshot[]): void;
  /** OAuth for HTTP servers (tokens from the vault, refreshed by the SDK); none without a redirect URL. */
  authProvider?: ((sdk: McpSdk) => OAuthClientProvider | undefined) | undefined;
}

export const stderrLinesKept = 50;
const maxToolPages = 100;

type Via = "stdio" | "streamable-http" | "sse";

/**
 * One MCP server's client: connects on demand, keeps the last stderr lines, pings while connected,
 * and reconnects with backoff when the process crashes or the connection drops. Every transport it
 * opens is closed by `stop()` (for stdio that ends the child: stdin closed, then SIGTERM, then SIGKILL).
 */
export class McpConnection {
  status: McpServerStatus = "idle";
  lastError: string | undefined;
  readonly stderr: string[] = [];
  /** The live tool listing; undefined until the first successful connect. */
  tools: McpToolSnapshot[] | undefined;
  via: Via | undefined;

  #client: Client | undefined;
  #stdio: StdioClientTransport | undefined;
  #connecting: Promise<Client> | undefined;
  #generation = 0;
  #pingTimer: NodeJS.Timeout | undefined;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #attempts = 0;
  #closed = false;
  #partialLine = "";

  constructor(private readonly options: McpConnectionOptions) {}

  /** Process id of the running stdio server, if any. */
  get pid(): number | undefined {
    return this.#stdio?.pid ?? undefined;
  }

  get connected(): boolean {
    return this.#client !== undefined && this.status === "ready";
  }

  /** The connected client, connecting first when needed; fails with `mcp-connection-failed` or `needs-auth`. */
  ready(): Promise<Client> {
    if (this.#closed) return Promise.reject(new CovaltError("unavailable", "MCP servers are shut down."));
    if (this.#client !== undefined && this.status === "ready") return Promise.resolve(this.#client);
    this.#cancelReconnect();
    this.#connecting ??= this.#connect().finally(() => (this.#connecting = undefined));
    return this.#connecting;
  }

  /** Re-reads the tool list (after `notifications/tools/list_changed`, or on request). */
  async refreshTools(): Promise<McpToolSnapshot[]> {
    const client = await this.ready();
    return this.#listTools(client);
  }

  /** The last lines of stderr and the last error, for error messages. */
  diagnostics(): string {
    const tail = this.stderr.slice(-5).join("\n");
    return tail === "" ? "" : `\nLast output of the server:\n${tail}`;
  }

  /** Disconnects (ending a stdio process) and stays stopped until the next `ready()`. */
  async stop(): Promise<void> {
    this.#generation += 1;
    this.#cancelReconnect();
    this.#stopPing();
    const client = this.#client;
    this.#client = undefined;
    this.via = undefined;
    const pending = this.#connecting;
    await Promise.all([client?.close().catch(() => undefined), pending?.catch(() => undefined)]);
    this.#stdio = undefined;
    if (this.status === "ready" || this.status === "connecting") this.#set("idle", undefined);
  }

  /** Stops for good: later calls fail with `unavailable`. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.stop();
  }

  async #connect(): Promise<Client> {
    const generation = ++this.#generation;
    const { record, secrets } = this.options.load();
    this.#set("connecting", undefined);
    let opened: { client: Client; via: Via } | undefined;
    try {
      opened = await this.#open(record, secrets);
      if (generation !== this.#generation) throw new CovaltError("unavailable", "The connection was stopped.");
      this.#client = opened.client;
      this.via = opened.via;
      await this.#listTools(opened.client);
      this.#attempts = 0;
      this.#startPing(opened.client);
      this.#set("ready", undefined);
      return opened.client;
    } catch (error) {
      if (this.#client === opened?.client) this.#client = undefined;
      await opened?.client.close().catch(() => undefined);
      if (generation !== this.#generation) throw error;
      this.#stdio = undefined;
      const needsAuth = isAuthError(error);
      const message = connectionErrorMessage(error);
      this.#set(needsAuth ? "needs-auth" : "error", message + this.diagnostics());
      throw new CovaltError(
        "mcp-connection-failed",
        needsAuth
          ? `${record.name} needs you to sign in: open Settings → MCP servers.`
          : `Could not connect to the MCP server "${record.name}": ${message}${this.diagnostics()}`,
        { cause: error, retryable: !needsAuth },
      );
    }
  }

  async #open(record: McpServerRecord, secrets: McpServerSecrets): Promise<{ client: Client; via: Via }> {
    const { transport } = record;
    const timeout = this.options.timings.connectTimeoutMs;
    const sdk = await loadMcpSdk();
    if (transport.type === "stdio") {
      const stdio = new sdk.StdioClientTransport({
        command: transport.command,
        args: transport.args,
        env: { ...transport.env, ...secrets.env },
        ...(transport.cwd === undefined ? {} : { cwd: transport.cwd }),
        stderr: "pipe",
      });
      this.stderr.length = 0;
      this.#partialLine = "";
      const decoder = new StringDecoder("utf8");
      stdio.stderr?.on("data", (chunk: Buffer) => this.#addStderr(decoder.write(chunk)));
      this.#stdio = stdio;
      const client = this.#newClient(sdk);
      await client.connect(stdio, { timeout });
      return { client, via: "stdio" };
    }

    const url = new URL(transport.url);
    const authProvider = this.options.authProvider?.(sdk);
    const httpOptions = {
      requestInit: { headers: secrets.headers },
      ...(authProvider === undefined ? {} : { authProvider }),
    };
    const client = this.#newClient(sdk);
    try {
      await client.connect(new sdk.StreamableHTTPClientTransport(url, httpOptions), { timeout });
      return { client, via: "streamable-http" };
    } catch (error) {
      await client.close().catch(() => undefined);
      if (isAuthError(error)) throw error;
      // Servers from before the 2025-03-26 spec speak HTTP+SSE: try that before giving up.
      const fallback = this.#newClient(sdk);
      try {
        await fallback.connect(new sdk.SSEClientTransport(url, httpOptions), { timeout });
        return { client: fallback, via: "sse" };
      } catch (fallbackError) {
        await fallback.close().catch(() => undefined);
        throw isAuthError(fallbackError) ? fallbackError : error;
      }
    }
  }

  #newClient(sdk: McpSdk): Client {
    const { callbacks, serverId } = this.options;
    const { CreateMessageRequestSchema, ElicitRequestSchema, McpError, ToolListChangedNotificationSchema } = sdk.types;
    // Both capabilities are always advertised; without a callback the request is declined.
    const client = new sdk.Client(this.options.clientInfo, { capabilities: { elicitation: {}, sampling: {} } });
    client.onclose = () => this.#dropped(client, "The server closed the connection.");
    client.onerror = (error) => {
      if (this.#client === client) this.lastError = error.message;
    };
    // Log messages the server sends over MCP show beside its stderr, with their level.
    client.setNotificationHandler(sdk.types.LoggingMessageNotificationSchema, (notification) => {
      if (this.#client !== client) return;
      const { level, logger, data } = notification.params;
      const text = typeof data === "string" ? data : JSON.stringify(data);
      this.#addStderr(`[${level}]${logger === undefined ? "" : ` ${logger}:`} ${text}\n`);
    });
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
      if (this.#client === client) void this.#listTools(client).catch(() => undefined);
    });
    client.setRequestHandler(ElicitRequestSchema, (request) =>
      callbacks.onElicitation === undefined
        ? Promise.resolve({ action: "decline" as const })
        : callbacks.onElicitation(serverId, request.params),
    );
    client.setRequestHandler(CreateMessageRequestSchema, (request) => {
      if (callbacks.onSampling === undefined) {
        throw new McpError(invalidRequestCode, "Covalt declined the sampling request.");
      }
      return callbacks.onSampling(serverId, request.params);
    });
    return client;
  }

  async #listTools(client: Client): Promise<McpToolSnapshot[]> {
    const tools: McpToolSnapshot[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxToolPages; page += 1) {
      const result = await client.listTools(cursor === undefined ? {} : { cursor });
      for (const tool of result.tools) {
        tools.push({
          name: tool.name,
          ...(tool.title === undefined ? {} : { title: tool.title }),
          description: tool.description ?? "",
          inputSchema: tool.inputSchema,
          ...(tool.annotations === undefined ? {} : { annotations: tool.annotations }),
        });
      }
      cursor = result.nextCursor;
      if (cursor === undefined) break;
    }
    if (client === this.#client) {
      this.tools = tools;
      this.options.onTools(tools);
      this.options.onChange();
    }
    return tools;
  }

  #dropped(client: Client, reason: string): void {
    if (client !== this.#client) return;
    this.#client = undefined;
    this.#stdio = undefined;
    this.via = undefined;
    this.#stopPing();
    void client.close().catch(() => undefined);
    this.#set("error", reason + this.diagnostics());
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#attempts >= this.options.timings.reconnectAttempts) return;
    const { reconnectInitialMs, reconnectMaxMs } = this.options.timings;
    const delay = Math.min(reconnectMaxMs, reconnectInitialMs * 2 ** this.#attempts);
    this.#attempts += 1;
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = undefined;
      this.ready().catch(() => this.#scheduleReconnect());
    }, delay);
    this.#reconnectTimer.unref();
  }

  #cancelReconnect(): void {
    if (this.#reconnectTimer !== undefined) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = undefined;
  }

  #startPing(client: Client): void {
    this.#stopPing();
    const { pingIntervalMs, pingTimeoutMs } = this.options.timings;
    this.#pingTimer = setInterval(() => {
      client
        .ping({ timeout: pingTimeoutMs })
        .catch(() => this.#dropped(client, `The server did not answer a ping within ${pingTimeoutMs / 1000} s.`));
    }, pingIntervalMs);
    this.#pingTimer.unref();
  }

  #stopPing(): void {
    if (this.#pingTimer !== undefined) clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
  }

  #addStderr(chunk: string): void {
    const lines = (this.#partialLine + chunk).split(/\r?\n/);
    this.#partialLine = lines.pop() ?? "";
    const added = lines.filter((line) => line.trim() !== "");
    if (added.length === 0) return;
    this.stderr.push(...added.map((line) => (line.length > 1000 ? `${line.slice(0, 1000)}…` : line)));
    if (this.stderr.length > stderrLinesKept) this.stderr.splice(0, this.stderr.length - stderrLinesKept);
    this.options.onChange();
  }

  #set(status: McpServerStatus, lastError: string | undefined): void {
    this.status = status;
    if (lastError !== undefined || status === "ready") this.lastError = lastError;
    this.options.onChange();
  }
}

export function isAuthError(error: unknown): boolean {
  const sdk = loadedMcpSdk();
  return (
    (sdk !== undefined && error instanceof sdk.UnauthorizedError) ||
    (sdk !== undefined && error instanceof sdk.StreamableHTTPError && error.code === 401) ||
    (error instanceof Error && /\b401\b/.test(error.message) && /unauthori[sz]ed/i.test(error.message))
  );
}

function connectionErrorMessage(error: unknown): string {
  if (mcpErrorCode(error) === requestTimeoutCode) return "it did not answer in time.";
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "the command was not found.";
  if (code === "EACCES") return "the command is not executable.";
  if (mcpErrorCode(error) === connectionClosedCode) return "it exited during startup.";
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  if (cause === "ECONNREFUSED") return "nothing is listening at that address.";
  return error instanceof Error ? error.message : String(error);
}

export { connectionClosedCode, requestTimeoutCode };

/** The JSON-RPC error code of an SDK error. */
export function mcpErrorCode(error: unknown): number | undefined {
  const sdk = loadedMcpSdk();
  return sdk !== undefined && error instanceof sdk.types.McpError ? error.code : undefined;
}
