import type { AppEvent, ToolDescriptor } from "@covalt/contracts";
import { CovaltError, formatToolId, type ProgressUpdate } from "@covalt/core";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { newId } from "../ids/new-id.js";
import type { ToolSource, ToolSourceProvider } from "../tools/tool-registry.js";
import {
  launchFingerprint,
  type McpServerInput,
  type McpServerPatch,
  type McpServerRecord,
  type McpServerSecrets,
  type McpServerState,
  type McpToolSnapshot,
  riskOf,
  toolFingerprint,
} from "./mcp-config.js";
import {
  defaultTimings,
  McpConnection,
  mcpErrorCode,
  requestTimeoutCode,
  connectionClosedCode,
  type McpClientCallbacks,
  type McpConnectionTimings,
} from "./mcp-connection.js";
import { McpOAuthProvider, PendingSignIns } from "./mcp-oauth.js";
import { loadMcpSdk, type McpSdk } from "./mcp-sdk.js";
import { type McpServerStore, resolveTransportInput } from "./mcp-server-store.js";
import { type McpCallResult, toolOutputOf } from "./tool-results.js";

export interface McpHostOptions {
  store: McpServerStore;
  /** Where `mcp-status` events go (the app event bus). */
  events?: { publish(event: AppEvent): void } | undefined;
  callbacks?: McpClientCallbacks | undefined;
  timings?: Partial<McpConnectionTimings> | undefined;
  clientInfo?: { name: string; version: string } | undefined;
  /** Longest a tool call may run when its descriptor has no timeout. Default 60 s. */
  defaultToolTimeoutMs?: number | undefined;
  /**
   * Covalt's own address (`http://127.0.0.1:<port>`), for the OAuth redirect; known once the server
   * listens (`setBaseUrl`). Without it, HTTP servers get no OAuth (the CLI).
   */
  baseUrl?: string | undefined;
}

/** Where the authorization server sends the browser back to. */
export const mcpOAuthCallbackPath = "/api/mcp/oauth/callback";

export interface McpCallOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((update: ProgressUpdate) => void) | undefined;
  timeoutMs?: number | undefined;
  /** The chat the call runs for: elicitation and sampling during the call are attributed to it. */
  context?: { chatId: string } | undefined;
}

/** One tool of a server with what the user needs to see about it. */
export interface McpToolInfo extends McpToolSnapshot {
  risk: ToolDescriptor["risk"];
  /** The description or schema changed since it was approved; it does not run until acknowledged. */
  changed: boolean;
}

export type McpServerInfo = McpServerRecord &
  McpServerState & {
    fingerprint: string;
    consented: boolean;
    /** OAuth tokens are stored for this server (it can be signed out). */
    signedIn: boolean;
  };

interface ToolEntry {
  snapshot: McpToolSnapshot;
  fingerprint: string;
}

/**
 * Covalt's MCP client manager. Keeps one connection per configured server (stdio, streamable HTTP
 * or legacy HTTP+SSE), started on first use or at `start()` for eager servers, and is the tool
 * source and executor for `mcp:<server>/<tool>` tools.
 *
 * Security defaults: a stdio server never starts unless the user consented to its exact launch
 * fingerprint; imported servers start disabled; tools ask before running unless the server is
 * trusted; a tool whose description or schema changed since it was approved is hidden from models
 * and refuses to run until the user acknowledges the change.
 */
export class McpHost implements ToolSourceProvider {
  readonly #store: McpServerStore;
  readonly #options: McpHostOptions;
  readonly #timings: McpConnectionTimings;
  readonly #records = new Map<string, McpServerRecord>();
  readonly #fingerprints = new Map<string, string>();
  readonly #connections = new Map<string, McpConnection>();
  readonly #tools = new Map<string, Map<string, ToolEntry>>();
  readonly #approvals = new Map<string, Map<string, string>>();
  readonly #lastPublished = new Map<string, string>();
  readonly #discovering = new Set<string>();
  readonly #signIns = new PendingSignIns();
  #baseUrl: string | undefined;
  /** Per server, the chats of its in-flight tool calls, oldest first. */
  readonly #callingChats = new Map<string, string[]>();
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

  constructor(options: McpHostOptions) {
    this.#options = options;
    this.#store = options.store;
    this.#timings = { ...defaultTimings, ...options.timings };
    this.#baseUrl = options.baseUrl;
    for (const record of this.#store.list()) this.#records.set(record.id, record);
    process.on("exit", this.#killOnExit);
  }

  // ---- configuration ------------------------------------------------------------------------

  servers(): McpServerInfo[] {
    return [...this.#records.values()].map((record) => this.#info(record));
  }

  server(id: string): McpServerInfo | undefined {
    const record = this.#records.get(id);
    return record === undefined ? undefined : this.#info(record);
  }

  /** Adds a server. Imported servers start disabled; nothing starts before consent (stdio). */
  create(input: McpServerInput): McpServerInfo {
    const id = newId("mcpServer");
    const { transport, secrets } = resolveTransportInput(input.transport, { env: {}, headers: {} });
    const origin = input.origin ?? "user";
    const record = this.#store.insert({
      id,
      record: {
        name: input.name,
        transport,
        enabled: origin === "import" ? false : (input.enabled ?? true),
        trusted: input.trusted ?? false,
        startup: input.startup ?? "lazy",
        origin,
        consentFingerprint: null,
      },
      secrets,
    });
    this.#records.set(id, record);
    this.#publish(id);
    return this.#info(record);
  }

  /** Changes a server; a changed transport restarts it (and a stdio server then needs consent again). */
  async update(id: string, patch: McpServerPatch): Promise<McpServerInfo> {
    const current = this.#require(id);
    let secrets: McpServerSecrets | undefined;
    let transport = current.transport;
    if (patch.transport !== undefined) {
      ({ transport, secrets } = resolveTransportInput(patch.transport, this.#store.secrets(id)));
      // Tokens belong to the server they were issued for: never present them to another URL.
      const before = current.transport.type === "http" ? current.transport.url : undefined;
      if (transport.type !== "http" || transport.url !== before) this.#forgetOAuth(id);
    }
    const record = this.#store.update(
      id,
      {
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
        ...(patch.trusted === undefined ? {} : { trusted: patch.trusted }),
        ...(patch.startup === undefined ? {} : { startup: patch.startup }),
        ...(patch.transport === undefined ? {} : { transport }),
      },
      secrets,
    );
    this.#records.set(id, record);
    this.#fingerprints.delete(id);
    const restart = patch.transport !== undefined || patch.enabled === false;
    if (restart) await this.#connections.get(id)?.stop();
    this.#publish(id);
    if (record.enabled && record.startup === "eager" && (restart || patch.enabled === true))
      this.#startInBackground(id);
    return this.#info(record);
  }

  async remove(id: string): Promise<void> {
    this.#require(id);
    await this.#dropConnection(id);
    this.#signIns.forget(id);
    this.#store.delete(id);
    this.#records.delete(id);
    this.#fingerprints.delete(id);
    this.#tools.delete(id);
    this.#approvals.delete(id);
    this.#lastPublished.delete(id);
  }

  /** The current launch fingerprint: what consent must name. */
  fingerprintOf(id: string): string {
    let fingerprint = this.#fingerprints.get(id);
    if (fingerprint === undefined) {
      fingerprint = launchFingerprint(this.#require(id).transport, this.#store.secrets(id));
      this.#fingerprints.set(id, fingerprint);
    }
    return fingerprint;
  }

  /**
   * Records the user's consent to run exactly the launch they reviewed. Fails with `conflict` when
   * the config changed in between (the fingerprint they saw is no longer the current one).
   */
  consent(id: string, fingerprint: string): McpServerInfo {
    const current = this.fingerprintOf(id);
    if (fingerprint !== current) {
      throw new CovaltError("conflict", "The server's command changed since you reviewed it; review it again.");
    }
    const record = this.#store.update(id, { consentFingerprint: fingerprint });
    this.#records.set(id, record);
    this.#publish(id);
    if (record.enabled && record.startup === "eager") this.#startInBackground(id);
    return this.#info(record);
  }

  /** Approves a tool's new description and schema so it runs again. */
  acknowledgeToolChange(serverId: string, toolName: string): void {
    const entry = this.#toolEntries(serverId).get(toolName);
    if (entry === undefined) throw new CovaltError("not-found", `The MCP server has no tool "${toolName}".`);
    this.#store.approveTool(serverId, toolName, entry.fingerprint);
    this.#approvalsOf(serverId).set(toolName, entry.fingerprint);
    this.#publish(serverId);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  /** Connects every enabled, eager server (failures show in their status); resolves when all tried. */
  async start(): Promise<void> {
    const eager = [...this.#records.values()].filter((record) => record.enabled && record.startup === "eager");
    await Promise.allSettled(eager.filter((record) => this.#startable(record)).map((record) => this.#ready(record.id)));
  }

  async restart(id: string): Promise<McpServerInfo> {
    await this.#connections.get(id)?.stop();
    await this.#ready(id);
    return this.#info(this.#require(id));
  }

  /** Stops every server (stdio children are gone when this resolves). */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#connections.values()].map((connection) => connection.close()));
    process.off("exit", this.#killOnExit);
  }

  status(id: string): McpServerState {
    const record = this.#require(id);
    const connection = this.#connections.get(id);
    const changed = this.#changedTools(id);
    const status = !record.enabled
      ? "disabled"
      : !this.#consented(record)
        ? "needs-consent"
        : (connection?.status ?? "idle");
    return {
      id,
      status,
      ...(connection?.lastError === undefined ? {} : { lastError: connection.lastError }),
      stderr: [...(connection?.stderr ?? [])],
      toolCount: this.#toolEntries(id).size - changed.length,
      changedTools: changed,
      ...(connection?.via === undefined ? {} : { connectedVia: connection.via }),
      ...(connection?.pid === undefined ? {} : { pid: connection.pid }),
    };
  }

  // ---- OAuth --------------------------------------------------------------------------------

  /** Sets Covalt's own address once the HTTP server listens (the OAuth redirect goes there). */
  setBaseUrl(url: string): void {
    this.#baseUrl = url.replace(/\/+$/, "");
  }

  /**
   * Starts signing in to an HTTP server: discovery (protected-resource then authorization-server
   * metadata), dynamic client registration and PKCE run here; the user opens `authorizationUrl`.
   * Without a URL the stored refresh token was enough and the server is connected again.
   */
  async startSignIn(serverId: string): Promise<{ authorizationUrl?: string }> {
    const record = this.#require(serverId);
    const serverUrl = this.#oauthServerUrl(record);
    const sdk = await loadMcpSdk();
    const state = this.#signIns.start(serverId);
    let authorizationUrl: URL | undefined;
    const provider = this.#oauthProvider(serverId, sdk, {
      state,
      onAuthorizationUrl: (url) => (authorizationUrl = url),
    });
    let result;
    try {
      result = provider === undefined ? undefined : await sdk.auth(provider, { serverUrl });
    } catch (error) {
      this.#signIns.drop(state);
      throw new CovaltError(
        "mcp-connection-failed",
        `Could not start signing in to ${record.name}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    if (result === "AUTHORIZED" || authorizationUrl === undefined) {
      this.#signIns.drop(state);
      await this.#reconnect(serverId);
      return {};
    }
    return { authorizationUrl: authorizationUrl.href };
  }

  /**
   * Completes a sign-in from the authorization server's redirect: the one-time `state` names the
   * server, the code is exchanged (with the PKCE verifier) for tokens, and the server reconnects.
   */
  async finishSignIn(state: string, code: string): Promise<McpServerInfo> {
    const serverId = this.#signIns.take(state);
    if (serverId === undefined) {
      throw new CovaltError(
        "validation-failed",
        "This sign-in has expired or was already used. Start it again from Settings → MCP servers.",
      );
    }
    const record = this.#require(serverId);
    const serverUrl = this.#oauthServerUrl(record);
    const sdk = await loadMcpSdk();
    const provider = this.#oauthProvider(serverId, sdk, { state, onAuthorizationUrl: () => undefined });
    try {
      const result =
        provider === undefined ? undefined : await sdk.auth(provider, { serverUrl, authorizationCode: code });
      if (result !== "AUTHORIZED") throw new Error("the authorization server did not issue tokens.");
    } catch (error) {
      throw new CovaltError(
        "mcp-connection-failed",
        `Signing in to ${record.name} failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    } finally {
      this.#store.setOAuth(serverId, "verifier", undefined);
    }
    await this.#reconnect(serverId);
    return this.#info(this.#require(serverId));
  }

  /** A sign-in the browser came back from with an error (the user declined): spends its state. */
  cancelSignIn(state: string): McpServerInfo | undefined {
    const serverId = this.#signIns.take(state);
    return serverId === undefined ? undefined : this.server(serverId);
  }

  /** Forgets the server's tokens and client registration; it needs signing in again on next use. */
  async signOut(serverId: string): Promise<McpServerInfo> {
    this.#require(serverId);
    this.#forgetOAuth(serverId);
    await this.#reconnect(serverId);
    return this.#info(this.#require(serverId));
  }

  // ---- tools --------------------------------------------------------------------------------

  /** The registry's view: one source per enabled server, without tools whose description changed. */
  list(): ToolSource[] {
    const sources: ToolSource[] = [];
    for (const record of this.#records.values()) {
      if (!record.enabled) continue;
      const entries = this.#toolEntries(record.id);
      if (entries.size === 0 && !this.#connections.has(record.id)) this.#discover(record);
      const approvals = this.#approvalsOf(record.id);
      const tools = [...entries.values()]
        .filter((entry) => approvals.get(entry.snapshot.name) === entry.fingerprint)
        .map((entry) => this.#descriptor(record, entry.snapshot));
      sources.push({
        kind: "mcp",
        id: record.id,
        name: record.name,
        version: "",
        description: describeTransport(record),
        builtin: false,
        tools,
        installedAt: record.createdAt,
      });
    }
    return sources;
  }

  /** Connects if needed and returns the server's tools as it lists them now. */
  async listTools(serverId: string): Promise<McpToolInfo[]> {
    const connection = await this.#readyConnection(serverId);
    if (connection.tools === undefined) await connection.refreshTools();
    return this.tools(serverId);
  }

  /** The known tools of a server (live or cached) with their change flags; does not connect. */
  tools(serverId: string): McpToolInfo[] {
    const approvals = this.#approvalsOf(serverId);
    return [...this.#toolEntries(serverId).values()].map((entry) => ({
      ...entry.snapshot,
      risk: riskOf(entry.snapshot.annotations),
      changed: approvals.get(entry.snapshot.name) !== entry.fingerprint,
    }));
  }

  /** `ToolExecutors` entry point for `source.kind === "mcp"` tools. */
  execute(
    tool: ToolDescriptor,
    input: unknown,
    options: {
      signal: AbortSignal;
      onProgress: (update: ProgressUpdate) => void;
      context?: { chatId: string } | undefined;
    },
  ): Promise<unknown> {
    return this.callTool(tool.source.id, tool.name, input, {
      signal: options.signal,
      onProgress: options.onProgress,
      timeoutMs: tool.timeoutMs,
      context: options.context,
    });
  }

  /**
   * The chat a server request (elicitation, sampling) most likely belongs to: the chat of the
   * newest tool call in flight on that server. MCP does not say which call a request comes from, so
   * when two chats call the same server at once the newer call's chat is named.
   */
  chatOf(serverId: string): string | undefined {
    return this.#callingChats.get(serverId)?.at(-1);
  }

  /**
   * Calls a tool and maps its result to JSON-friendly output. Fails with `tool-not-found`,
   * `tool-failed` (the server's error text, a crash, or a changed description), `tool-timeout`,
   * `mcp-connection-failed`, or a DOMException named `AbortError` when the signal aborts.
   */
  async callTool(serverId: string, toolName: string, args: unknown, options: McpCallOptions = {}): Promise<unknown> {
    const { signal } = options;
    if (signal?.aborted === true) throw abortError();
    const record = this.#require(serverId);
    const connection = await this.#readyConnection(serverId);
    const entry = this.#toolEntries(serverId).get(toolName);
    if (entry === undefined) {
      throw new CovaltError("tool-not-found", `The MCP server "${record.name}" has no tool "${toolName}".`);
    }
    if (this.#approvalsOf(serverId).get(toolName) !== entry.fingerprint) {
      throw new CovaltError(
        "tool-failed",
        `The description of ${toolName} changed since you approved it: review it in Settings → MCP servers.`,
      );
    }
    const client = await connection.ready();
    const timeoutMs = options.timeoutMs ?? this.#options.defaultToolTimeoutMs ?? 60_000;
    const onProgress = options.onProgress;
    let result;
    const chatId = options.context?.chatId;
    if (chatId !== undefined) this.#callingChats.set(serverId, [...(this.#callingChats.get(serverId) ?? []), chatId]);
    try {
      result = await client.callTool(
        { name: toolName, arguments: (args ?? {}) as Record<string, unknown> },
        undefined,
        {
          ...(signal === undefined ? {} : { signal }),
          timeout: timeoutMs,
          ...(onProgress === undefined
            ? {}
            : {
                onprogress: (progress) =>
                  onProgress({
                    progress: progress.progress,
                    ...(progress.total === undefined ? {} : { total: progress.total }),
                    ...(progress.message === undefined ? {} : { message: progress.message }),
                  }),
              }),
        },
      );
    } catch (error) {
      throw this.#callError(error, { record, toolName, timeoutMs, signal, connection });
    } finally {
      if (chatId !== undefined) this.#forgetCall(serverId, chatId);
    }
    return toolOutputOf(result as McpCallResult, toolName);
  }

  // ---- resources and prompts -----------------------------------------------------------------

  async listResources(serverId: string) {
    const client = await this.#client(serverId);
    return paginate(async (cursor) => {
      const page = await client.listResources(cursor === undefined ? {} : { cursor });
      return { items: page.resources, nextCursor: page.nextCursor };
    });
  }

  async listResourceTemplates(serverId: string) {
    const client = await this.#client(serverId);
    return paginate(async (cursor) => {
      const page = await client.listResourceTemplates(cursor === undefined ? {} : { cursor });
      return { items: page.resourceTemplates, nextCursor: page.nextCursor };
    });
  }

  async readResource(serverId: string, uri: string) {
    const client = await this.#client(serverId);
    return (await client.readResource({ uri })).contents;
  }

  async listPrompts(serverId: string) {
    const client = await this.#client(serverId);
    return paginate(async (cursor) => {
      const page = await client.listPrompts(cursor === undefined ? {} : { cursor });
      return { items: page.prompts, nextCursor: page.nextCursor };
    });
  }

  async getPrompt(serverId: string, name: string, args: Record<string, string> = {}) {
    const client = await this.#client(serverId);
    return client.getPrompt({ name, arguments: args });
  }

  // ---- internals ----------------------------------------------------------------------------

  #info(record: McpServerRecord): McpServerInfo {
    return {
      ...record,
      ...this.status(record.id),
      fingerprint: this.fingerprintOf(record.id),
      consented: this.#consented(record),
      signedIn: this.#store.hasOAuth(record.id, "tokens"),
    };
  }

  #require(id: string): McpServerRecord {
    const record = this.#records.get(id);
    if (record === undefined) throw new CovaltError("not-found", `No MCP server "${id}" is configured.`);
    return record;
  }

  #consented(record: McpServerRecord): boolean {
    return record.transport.type !== "stdio" || record.consentFingerprint === this.fingerprintOf(record.id);
  }

  #startable(record: McpServerRecord): boolean {
    return record.enabled && this.#consented(record);
  }

  async #client(serverId: string): Promise<Client> {
    return (await this.#readyConnection(serverId)).ready();
  }

  async #readyConnection(serverId: string): Promise<McpConnection> {
    const connection = this.#connectionFor(serverId);
    await connection.ready();
    return connection;
  }

  #ready(serverId: string): Promise<Client> {
    return this.#connectionFor(serverId).ready();
  }

  /** The connection of a server allowed to run; the gate for every start. */
  #connectionFor(serverId: string): McpConnection {
    if (this.#closed) throw new CovaltError("unavailable", "MCP servers are shut down.");
    const record = this.#require(serverId);
    if (!record.enabled) {
      throw new CovaltError("mcp-connection-failed", `The MCP server "${record.name}" is switched off.`);
    }
    if (!this.#consented(record)) {
      this.#publish(serverId);
      throw new CovaltError(
        "mcp-connection-failed",
        `The MCP server "${record.name}" has not been allowed to start: review its command in Settings → MCP servers.`,
      );
    }
    let connection = this.#connections.get(serverId);
    if (connection === undefined) {
      connection = new McpConnection({
        serverId,
        load: () => ({ record: this.#require(serverId), secrets: this.#store.secrets(serverId) }),
        clientInfo: this.#options.clientInfo ?? { name: "covalt", version: "0.1.0" },
        callbacks: this.#options.callbacks ?? {},
        timings: this.#timings,
        onChange: () => this.#publish(serverId),
        onTools: (tools) => this.#setTools(serverId, tools),
        authProvider: (sdk) => this.#oauthProvider(serverId, sdk),
      });
      this.#connections.set(serverId, connection);
    }
    return connection;
  }

  #forgetCall(serverId: string, chatId: string): void {
    const chats = this.#callingChats.get(serverId) ?? [];
    const index = chats.lastIndexOf(chatId);
    if (index >= 0) chats.splice(index, 1);
    if (chats.length === 0) this.#callingChats.delete(serverId);
  }

  /** The OAuth hooks of an HTTP server; none before Covalt knows its own address. */
  #oauthProvider(
    serverId: string,
    sdk: McpSdk,
    interactive?: { state: string; onAuthorizationUrl(url: URL): void },
  ): McpOAuthProvider | undefined {
    if (this.#baseUrl === undefined || this.#records.get(serverId)?.transport.type !== "http") return undefined;
    return new McpOAuthProvider({
      serverId,
      storage: this.#store,
      redirectUrl: `${this.#baseUrl}${mcpOAuthCallbackPath}`,
      clientName: "Covalt",
      interactive,
      unauthorized: (message) => new sdk.UnauthorizedError(message),
    });
  }

  #oauthServerUrl(record: McpServerRecord): string {
    if (record.transport.type !== "http") {
      throw new CovaltError("validation-failed", `${record.name} runs locally; only HTTP servers sign in.`);
    }
    if (this.#baseUrl === undefined) {
      throw new CovaltError("unavailable", "Signing in to MCP servers needs the Covalt server to be listening.");
    }
    return record.transport.url;
  }

  #forgetOAuth(serverId: string): void {
    this.#signIns.forget(serverId);
    for (const key of ["tokens", "client", "verifier"] as const) this.#store.setOAuth(serverId, key, undefined);
  }

  /** Drops the live connection and connects again (its failure shows in the status). */
  async #reconnect(serverId: string): Promise<void> {
    await this.#connections.get(serverId)?.stop();
    const record = this.#records.get(serverId);
    if (record !== undefined && this.#startable(record) && !this.#closed) {
      await this.#ready(serverId).catch(() => undefined);
    }
    this.#publish(serverId);
  }

  #startInBackground(id: string): void {
    const record = this.#records.get(id);
    if (record === undefined || !this.#startable(record) || this.#closed) return;
    this.#ready(id).catch(() => undefined);
  }

  /** A server never listed yet (no cache): connect once in the background so its tools become known. */
  #discover(record: McpServerRecord): void {
    if (this.#discovering.has(record.id) || !this.#startable(record) || this.#closed) return;
    this.#discovering.add(record.id);
    this.#ready(record.id).catch(() => undefined);
  }

  async #dropConnection(id: string): Promise<void> {
    const connection = this.#connections.get(id);
    this.#connections.delete(id);
    await connection?.close();
  }

  #setTools(serverId: string, tools: McpToolSnapshot[]): void {
    const entries = new Map(tools.map((tool) => [tool.name, { snapshot: tool, fingerprint: toolFingerprint(tool) }]));
    this.#tools.set(serverId, entries);
    const approvals = this.#approvalsOf(serverId);
    for (const entry of entries.values()) {
      // First sight counts as approval; a later difference is what needs the user's review.
      if (!approvals.has(entry.snapshot.name)) {
        this.#store.approveTool(serverId, entry.snapshot.name, entry.fingerprint);
        approvals.set(entry.snapshot.name, entry.fingerprint);
      }
    }
    this.#store.cacheTools(serverId, tools);
  }

  #toolEntries(serverId: string): Map<string, ToolEntry> {
    let entries = this.#tools.get(serverId);
    if (entries === undefined) {
      const cached = this.#store.cachedTools(serverId) ?? [];
      entries = new Map(cached.map((tool) => [tool.name, { snapshot: tool, fingerprint: toolFingerprint(tool) }]));
      if (cached.length > 0) this.#tools.set(serverId, entries);
    }
    return entries;
  }

  #approvalsOf(serverId: string): Map<string, string> {
    let approvals = this.#approvals.get(serverId);
    if (approvals === undefined) {
      approvals = this.#store.toolApprovals(serverId);
      this.#approvals.set(serverId, approvals);
    }
    return approvals;
  }

  #changedTools(serverId: string): string[] {
    const approvals = this.#approvalsOf(serverId);
    return [...this.#toolEntries(serverId).values()]
      .filter((entry) => approvals.get(entry.snapshot.name) !== entry.fingerprint)
      .map((entry) => entry.snapshot.name);
  }

  #descriptor(record: McpServerRecord, tool: McpToolSnapshot): ToolDescriptor {
    return {
      id: formatToolId({ kind: "mcp", source: record.id, tool: tool.name }),
      name: tool.name,
      ...(tool.title === undefined ? {} : { title: tool.title }),
      description: tool.description,
      inputSchema: tool.inputSchema,
      risk: riskOf(tool.annotations),
      defaultApproval: record.trusted ? "auto" : "ask",
      source: { kind: "mcp", id: record.id, name: record.name },
    };
  }

  #publish(serverId: string): void {
    const events = this.#options.events;
    if (events === undefined || !this.#records.has(serverId)) return;
    const state = this.status(serverId);
    const event: AppEvent = {
      type: "mcp-status",
      serverId,
      status: state.status,
      toolCount: state.toolCount,
      ...(state.lastError === undefined ? {} : { lastError: state.lastError }),
      ...(state.changedTools.length === 0 ? {} : { changedToolCount: state.changedTools.length }),
    };
    const key = JSON.stringify(event);
    if (this.#lastPublished.get(serverId) === key) return;
    this.#lastPublished.set(serverId, key);
    events.publish(event);
  }

  #callError(
    error: unknown,
    context: {
      record: McpServerRecord;
      toolName: string;
      timeoutMs: number;
      signal: AbortSignal | undefined;
      connection: McpConnection;
    },
  ): unknown {
    const { record, toolName, timeoutMs, signal, connection } = context;
    if (signal?.aborted === true) return abortError();
    if (error instanceof CovaltError) return error;
    if (mcpErrorCode(error) !== undefined) {
      if (mcpErrorCode(error) === requestTimeoutCode) {
        return new CovaltError("tool-timeout", `${toolName} did not finish within ${Math.round(timeoutMs / 1000)} s.`);
      }
      if (mcpErrorCode(error) === connectionClosedCode) {
        return new CovaltError(
          "tool-failed",
          `The MCP server "${record.name}" stopped while ${toolName} ran.${connection.diagnostics()}`,
          { retryable: true },
        );
      }
      return new CovaltError("tool-failed", `${record.name}: ${(error as Error).message}`);
    }
    return new CovaltError(
      "tool-failed",
      `${toolName} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function abortError(): DOMException {
  return new DOMException("The tool call was cancelled.", "AbortError");
}

function describeTransport(record: McpServerRecord): string {
  const { transport } = record;
  return transport.type === "http" ? transport.url : [transport.command, ...transport.args].join(" ");
}

async function paginate<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | undefined }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let count = 0; count < 100; count += 1) {
    const result = await page(cursor);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === undefined) break;
  }
  return items;
}
