import { CovaltError } from "@covalt/core";
import type { McpServerRecord } from "./mcp-config.js";
import { McpOAuthProvider, PendingSignIns } from "./mcp-oauth.js";
import { loadMcpSdk, type McpSdk } from "./mcp-sdk.js";
import type { McpServerStore } from "./mcp-server-store.js";

/** Where the authorization server sends the browser back to. */
export const mcpOAuthCallbackPath = "/api/mcp/oauth/callback";

interface SignInHost {
  recordOf(serverId: string): McpServerRecord | undefined;
  /** Drops the live connection and connects again. */
  reconnect(serverId: string): Promise<void>;
}

/**
 * OAuth 2.1 for HTTP servers, through the SDK's `auth()`: discovery, dynamic client registration,
 * PKCE, the loopback redirect to Covalt's callback (matched by a one-time `state`), tokens in the
 * vault. Refresh happens in the transports, with the provider from `provider()`.
 */
export class McpSignIn {
  readonly #pending = new PendingSignIns();
  #baseUrl: string | undefined;

  constructor(
    private readonly store: McpServerStore,
    private readonly host: SignInHost,
    baseUrl: string | undefined,
  ) {
    this.#baseUrl = baseUrl;
  }

  /** Covalt's own address, once the HTTP server listens (the redirect goes there). */
  setBaseUrl(url: string): void {
    this.#baseUrl = url.replace(/\/+$/, "");
  }

  /** The OAuth hooks of an HTTP server; none before Covalt knows its own address. */
  provider(
    serverId: string,
    sdk: McpSdk,
    interactive?: { state: string; onAuthorizationUrl(url: URL): void },
  ): McpOAuthProvider | undefined {
    if (this.#baseUrl === undefined || this.host.recordOf(serverId)?.transport.type !== "http") return undefined;
    return new McpOAuthProvider({
      serverId,
      storage: this.store,
      redirectUrl: `${this.#baseUrl}${mcpOAuthCallbackPath}`,
      clientName: "Covalt",
      interactive,
      unauthorized: (message) => new sdk.UnauthorizedError(message),
    });
  }

  /**
   * Starts signing in: the user opens `authorizationUrl`. Without one, the stored refresh token was
   * enough and the server is connected again.
   */
  async start(record: McpServerRecord): Promise<{ authorizationUrl?: string }> {
    const serverUrl = this.#serverUrl(record);
    const sdk = await loadMcpSdk();
    const state = this.#pending.start(record.id);
    let authorizationUrl: URL | undefined;
    const provider = this.provider(record.id, sdk, { state, onAuthorizationUrl: (url) => (authorizationUrl = url) });
    let result;
    try {
      result = provider === undefined ? undefined : await sdk.auth(provider, { serverUrl });
    } catch (error) {
      this.#pending.drop(state);
      throw new CovaltError("mcp-connection-failed", `Could not start signing in to ${record.name}: ${reason(error)}`, {
        cause: error,
      });
    }
    if (result === "AUTHORIZED" || authorizationUrl === undefined) {
      this.#pending.drop(state);
      await this.host.reconnect(record.id);
      return {};
    }
    return { authorizationUrl: authorizationUrl.href };
  }

  /** Exchanges the redirect's code (with the PKCE verifier) for tokens; resolves with the server id. */
  async finish(state: string, code: string): Promise<string> {
    const serverId = this.#pending.take(state);
    const record = serverId === undefined ? undefined : this.host.recordOf(serverId);
    if (serverId === undefined || record === undefined) {
      throw new CovaltError(
        "validation-failed",
        "This sign-in has expired or was already used. Start it again from Settings → MCP servers.",
      );
    }
    const serverUrl = this.#serverUrl(record);
    const sdk = await loadMcpSdk();
    const provider = this.provider(serverId, sdk, { state, onAuthorizationUrl: () => undefined });
    try {
      const result =
        provider === undefined ? undefined : await sdk.auth(provider, { serverUrl, authorizationCode: code });
      if (result !== "AUTHORIZED") throw new Error("the authorization server did not issue tokens.");
    } catch (error) {
      throw new CovaltError("mcp-connection-failed", `Signing in to ${record.name} failed: ${reason(error)}`, {
        cause: error,
      });
    } finally {
      this.store.setOAuth(serverId, "verifier", undefined);
    }
    await this.host.reconnect(serverId);
    return serverId;
  }

  /** A sign-in the browser came back from with an error: spends its state; the server it was for. */
  cancel(state: string): string | undefined {
    return this.#pending.take(state);
  }

  /** Forgets tokens, client registration and any sign-in under way. */
  forget(serverId: string): void {
    this.#pending.forget(serverId);
    for (const key of ["tokens", "client", "verifier"] as const) this.store.setOAuth(serverId, key, undefined);
  }

  /** Drops sign-ins under way (the server is being removed). */
  forgetPending(serverId: string): void {
    this.#pending.forget(serverId);
  }

  #serverUrl(record: McpServerRecord): string {
    if (record.transport.type !== "http") {
      throw new CovaltError("validation-failed", `${record.name} runs locally; only HTTP servers sign in.`);
    }
    if (this.#baseUrl === undefined) {
      throw new CovaltError("unavailable", "Signing in to MCP servers needs the Covalt server to be listening.");
    }
    return record.transport.url;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
