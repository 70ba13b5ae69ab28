import type { ToolDescriptor } from "@covalt/contracts";
import { CovaltError, type ProgressUpdate } from "@covalt/core";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { ToolSource, ToolSourceProvider } from "../tools/tool-registry.js";
import { type McpServerInput, type McpServerPatch, type McpServerRecord, type McpServerState } from "./mcp-config.js";
import { abortError, callError } from "./mcp-call-errors.js";
import { listPrompts, listResources, listResourceTemplates } from "./mcp-listings.js";
import { defaultTimings, McpConnection, type McpConnectionTimings } from "./mcp-connection.js";
import { McpCallDeadlines, maxTimerMs } from "./mcp-call-deadlines.js";
import { McpCallingChats } from "./mcp-calling-chats.js";
import { McpConnectionPool } from "./mcp-connection-pool.js";
import { McpServerConfigs } from "./mcp-server-configs.js";
import { McpSignIn } from "./mcp-sign-in.js";
import { McpStatusPublisher, serverState } from "./mcp-status.js";
import { progressOption } from "./mcp-progress.js";
import { selectedServerIds, settleWithin } from "./mcp-run-selection.js";
import { McpToolCatalog, type McpToolInfo } from "./mcp-tool-catalog.js";
import type { McpCallOptions, McpHostOptions, McpServerInfo } from "./mcp-host-options.js";
import type { McpServerStore } from "./mcp-server-store.js";
import { type McpCallResult, toolOutputOf } from "./tool-results.js";

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
  readonly #configs: McpServerConfigs;
  readonly #pool: McpConnectionPool;
  readonly #catalog: McpToolCatalog;
  readonly #status: McpStatusPublisher;
  readonly #discovering = new Set<string>();
  readonly #signIn: McpSignIn;
  readonly #callingChats = new McpCallingChats();
  readonly #deadlines = new McpCallDeadlines();

  constructor(options: McpHostOptions) {
    this.#options = options;
    this.#store = options.store;
    this.#timings = { ...defaultTimings, ...options.timings };
    this.#catalog = new McpToolCatalog(options.store);
    this.#status = new McpStatusPublisher(options.events);
    this.#signIn = new McpSignIn(
      options.store,
      { recordOf: (id) => this.#configs.get(id), reconnect: (id) => this.#reconnect(id) },
      options.baseUrl,
    );
    this.#pool = new McpConnectionPool((serverId) => this.#newConnection(serverId));
    this.#configs = new McpServerConfigs(options.store);
  }

  // ---- configuration ------------------------------------------------------------------------

  servers(): McpServerInfo[] {
    return this.#configs.all().map((record) => this.#info(record));
  }

  server(id: string): McpServerInfo | undefined {
    const record = this.#configs.get(id);
    return record === undefined ? undefined : this.#info(record);
  }

  /** Adds a server. Imported servers start disabled; nothing starts before consent (stdio). */
  create(input: McpServerInput): McpServerInfo {
    const record = this.#configs.create(input);
    this.#publish(record.id);
    return this.#info(record);
  }

  /** Changes a server; a changed transport restarts it (and a stdio server then needs consent again). */
  async update(id: string, patch: McpServerPatch): Promise<McpServerInfo> {
    const { record, movedAway } = this.#configs.update(id, patch);
    // Tokens belong to the server they were issued for: never present them to another URL.
    if (movedAway) this.#signIn.forget(id);
    const restart = patch.transport !== undefined || patch.enabled === false;
    if (restart) await this.#pool.stop(id);
    this.#publish(id);
    if (record.enabled && record.startup === "eager" && (restart || patch.enabled === true))
      this.#startInBackground(id);
    return this.#info(record);
  }

  async remove(id: string): Promise<void> {
    this.#configs.require(id);
    await this.#pool.drop(id);
    this.#signIn.forgetPending(id);
    this.#configs.remove(id);
    this.#catalog.forget(id);
    this.#status.forget(id);
  }

  /** The current launch fingerprint: what consent must name. */
  fingerprintOf(id: string): string {
    return this.#configs.fingerprintOf(id);
  }

  /** Records consent to run exactly the launch the user reviewed (`conflict` if it changed since). */
  consent(id: string, fingerprint: string): McpServerInfo {
    const record = this.#configs.consent(id, fingerprint);
    this.#publish(id);
    if (record.enabled && record.startup === "eager") this.#startInBackground(id);
    return this.#info(record);
  }

  /** Approves a tool's new description and schema so it runs again. */
  acknowledgeToolChange(serverId: string, toolName: string): void {
    this.#catalog.acknowledge(serverId, toolName);
    this.#publish(serverId);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  /** Connects every enabled, eager server (failures show in their status); resolves when all tried. */
  async start(): Promise<void> {
    const eager = this.#configs.all().filter((record) => record.enabled && record.startup === "eager");
    await Promise.allSettled(
      eager.filter((record) => this.#configs.startable(record)).map((record) => this.#ready(record.id)),
    );
  }

  async restart(id: string): Promise<McpServerInfo> {
    await this.#pool.stop(id);
    await this.#ready(id);
    return this.#info(this.#configs.require(id));
  }

  /** Stops every server (stdio children are gone when this resolves). */
  close(): Promise<void> {
    return this.#pool.close();
  }

  status(id: string): McpServerState {
    const record = this.#configs.require(id);
    const tools = { total: this.#catalog.size(id), changed: this.#catalog.changed(id) };
    return serverState(record, this.#configs.consented(record), this.#pool.get(id), tools);
  }

  // ---- OAuth --------------------------------------------------------------------------------

  /** Sets Covalt's own address once the HTTP server listens (the OAuth redirect goes there). */
  setBaseUrl(url: string): void {
    this.#signIn.setBaseUrl(url);
  }

  /** Starts an OAuth sign-in; the user opens `authorizationUrl` (absent: refreshed and reconnected). */
  startSignIn(serverId: string): Promise<{ authorizationUrl?: string }> {
    return this.#signIn.start(this.#configs.require(serverId));
  }

  /** Completes a sign-in from the authorization server's redirect; the server reconnects. */
  async finishSignIn(state: string, code: string): Promise<McpServerInfo> {
    const serverId = await this.#signIn.finish(state, code);
    return this.#info(this.#configs.require(serverId));
  }

  /** A sign-in the browser came back from with an error (the user declined): spends its state. */
  cancelSignIn(state: string): McpServerInfo | undefined {
    const serverId = this.#signIn.cancel(state);
    return serverId === undefined ? undefined : this.server(serverId);
  }

  /** Forgets the server's tokens and client registration; it needs signing in again on next use. */
  async signOut(serverId: string): Promise<McpServerInfo> {
    this.#configs.require(serverId);
    this.#signIn.forget(serverId);
    await this.#reconnect(serverId);
    return this.#info(this.#configs.require(serverId));
  }

  // ---- tools --------------------------------------------------------------------------------

  /** The registry's view: one source per enabled server, without tools whose description changed. */
  list(): ToolSource[] {
    const sources: ToolSource[] = [];
    for (const record of this.#configs.all()) {
      if (!record.enabled) continue;
      if (this.#catalog.size(record.id) === 0 && this.#pool.get(record.id) === undefined) this.#discover(record);
      sources.push(this.#catalog.sourceOf(record));
    }
    return sources;
  }

  /**
   * Before a run: starts the selected servers that have never listed their tools (a lazy server on
   * its first use, or one still connecting) so the model is offered them, waiting at most
   * `prepareTimeoutMs`. A server that fails to start is left out; its status says why.
   */
  async prepare(selectors: readonly string[]): Promise<void> {
    if (this.#pool.closed) return;
    const selected = selectedServerIds(selectors);
    const pending = this.#configs
      .all()
      .filter((record) => selected.has(record.id) && record.enabled && this.#catalog.size(record.id) === 0)
      .filter((record) => this.#configs.startable(record))
      .map((record) => this.#ready(record.id));
    await settleWithin(pending, this.#options.prepareTimeoutMs ?? 20_000);
  }

  /** Connects if needed and returns the server's tools as it lists them now. */
  async listTools(serverId: string): Promise<McpToolInfo[]> {
    const connection = await this.#readyConnection(serverId);
    if (connection.tools === undefined) await connection.refreshTools();
    return this.tools(serverId);
  }

  /** The known tools of a server (live or cached) with their change flags; does not connect. */
  tools(serverId: string): McpToolInfo[] {
    return this.#catalog.infos(serverId);
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
    return this.#callingChats.newest(serverId);
  }

  /**
   * Calls a tool and maps its result to JSON-friendly output. Fails with `tool-not-found`,
   * `tool-failed` (the server's error text, a crash, or a changed description), `tool-timeout`
   * (time spent waiting for the user to answer the server's elicitation or sampling requests does
   * not count), `mcp-connection-failed`, or a DOMException named `AbortError` when the signal aborts.
   */
  async callTool(serverId: string, toolName: string, args: unknown, options: McpCallOptions = {}): Promise<unknown> {
    const { signal } = options;
    if (signal?.aborted === true) throw abortError();
    const record = this.#configs.require(serverId);
    const connection = await this.#readyConnection(serverId);
    this.#catalog.requireRunnable(record, toolName);
    const client = await connection.ready();
    const timeoutMs = options.timeoutMs ?? this.#options.defaultToolTimeoutMs ?? 60_000;
    let result;
    const chatId = options.context?.chatId;
    if (chatId !== undefined) this.#callingChats.add(serverId, chatId);
    // Covalt keeps the timeout (the SDK's cannot pause while the user answers the server).
    const deadline = this.#deadlines.start(serverId, timeoutMs);
    try {
      result = await client.callTool(
        { name: toolName, arguments: (args ?? {}) as Record<string, unknown> },
        undefined,
        {
          signal: signal === undefined ? deadline.signal : AbortSignal.any([signal, deadline.signal]),
          timeout: maxTimerMs,
          ...progressOption(options.onProgress),
        },
      );
    } catch (error) {
      throw callError(error, {
        record,
        toolName,
        timeoutMs,
        timedOut: deadline.expired,
        signal,
        diagnostics: () => connection.diagnostics(),
      });
    } finally {
      deadline.end();
      if (chatId !== undefined) this.#callingChats.remove(serverId, chatId);
    }
    return toolOutputOf(result as McpCallResult, toolName);
  }

  // ---- resources and prompts -----------------------------------------------------------------

  async listResources(serverId: string) {
    return listResources(await this.#client(serverId));
  }

  async listResourceTemplates(serverId: string) {
    return listResourceTemplates(await this.#client(serverId));
  }

  async readResource(serverId: string, uri: string) {
    return (await (await this.#client(serverId)).readResource({ uri })).contents;
  }

  async listPrompts(serverId: string) {
    return listPrompts(await this.#client(serverId));
  }

  async getPrompt(serverId: string, name: string, args: Record<string, string> = {}) {
    return (await this.#client(serverId)).getPrompt({ name, arguments: args });
  }

  // ---- internals ----------------------------------------------------------------------------

  #info(record: McpServerRecord): McpServerInfo {
    return {
      ...record,
      ...this.status(record.id),
      fingerprint: this.fingerprintOf(record.id),
      consented: this.#configs.consented(record),
      signedIn: this.#store.hasOAuth(record.id, "tokens"),
    };
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
    if (this.#pool.closed) throw new CovaltError("unavailable", "MCP servers are shut down.");
    const record = this.#configs.require(serverId);
    if (!record.enabled) {
      throw new CovaltError("mcp-connection-failed", `The MCP server "${record.name}" is switched off.`);
    }
    if (!this.#configs.consented(record)) {
      this.#publish(serverId);
      throw new CovaltError(
        "mcp-connection-failed",
        `The MCP server "${record.name}" has not been allowed to start: review its command in Settings → MCP servers.`,
      );
    }
    return this.#pool.obtain(serverId);
  }

  #newConnection(serverId: string): McpConnection {
    return new McpConnection({
      serverId,
      load: () => ({ record: this.#configs.require(serverId), secrets: this.#store.secrets(serverId) }),
      clientInfo: this.#options.clientInfo ?? { name: "covalt", version: "0.1.0" },
      // A request to the user stops the clock of the server's tool calls while it waits.
      callbacks: this.#deadlines.pausing(this.#options.callbacks ?? {}),
      timings: this.#timings,
      onChange: () => this.#publish(serverId),
      onTools: (tools) => this.#catalog.set(serverId, tools),
      authProvider: (sdk) => this.#signIn.provider(serverId, sdk),
    });
  }

  /** Drops the live connection and connects again (its failure shows in the status). */
  async #reconnect(serverId: string): Promise<void> {
    await this.#pool.stop(serverId);
    const record = this.#configs.get(serverId);
    if (record !== undefined && this.#configs.startable(record) && !this.#pool.closed) {
      await this.#ready(serverId).catch(() => undefined);
    }
    this.#publish(serverId);
  }

  #startInBackground(id: string): void {
    const record = this.#configs.get(id);
    if (record === undefined || !this.#configs.startable(record) || this.#pool.closed) return;
    this.#ready(id).catch(() => undefined);
  }

  /** A server never listed yet (no cache): connect once in the background so its tools become known. */
  #discover(record: McpServerRecord): void {
    if (this.#discovering.has(record.id) || !this.#configs.startable(record) || this.#pool.closed) return;
    this.#discovering.add(record.id);
    this.#ready(record.id).catch(() => undefined);
  }

  #publish(serverId: string): void {
    if (this.#configs.get(serverId) !== undefined) this.#status.publish(this.status(serverId));
  }
}
