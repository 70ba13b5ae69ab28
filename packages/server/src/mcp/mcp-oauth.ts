import { randomBytes } from "node:crypto";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import type {
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from "@modelcontextprotocol/sdk/shared/auth.js";

/** What Covalt keeps per MCP server for OAuth, each sealed by the vault: `mcp:<id>:oauth:<key>`. */
export type McpOAuthKey = "tokens" | "client" | "verifier";

export interface McpOAuthStorage {
  /** The stored JSON (or verifier text), decrypted. */
  oauth(serverId: string, key: McpOAuthKey): string | undefined;
  /** Stores a value, or forgets it with `undefined`. */
  setOAuth(serverId: string, key: McpOAuthKey, value: string | undefined): void;
  hasOAuth(serverId: string, key: McpOAuthKey): boolean;
}

export interface McpOAuthProviderOptions {
  serverId: string;
  storage: McpOAuthStorage;
  /** `<covalt base url>/api/mcp/oauth/callback`. */
  redirectUrl: string;
  clientName: string;
  /**
   * Set while the user signs in: receives the authorization URL and names the `state` to send.
   * Without it (background connects) nothing is registered or redirected: the connection ends in
   * `needs-auth` and waits for the user.
   */
  interactive?: { state: string; onAuthorizationUrl(url: URL): void } | undefined;
  /** The SDK's `UnauthorizedError`, made by the caller (the SDK is loaded lazily). */
  unauthorized(message: string): Error;
}

/**
 * The SDK's OAuth client hooks for one MCP server, backed by the secrets vault: registered client
 * information, tokens (refreshed by the SDK) and the PKCE verifier of a sign-in in progress.
 */
export class McpOAuthProvider implements OAuthClientProvider {
  constructor(private readonly options: McpOAuthProviderOptions) {}

  get redirectUrl(): string {
    return this.options.redirectUrl;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: this.options.clientName,
      redirect_uris: [this.options.redirectUrl],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    };
  }

  state(): string {
    return this.options.interactive?.state ?? randomBytes(16).toString("base64url");
  }

  clientInformation(): OAuthClientInformationMixed | undefined {
    const stored = this.#read("client") as (OAuthClientInformationMixed & { redirect_uris?: string[] }) | undefined;
    // Registered for another address (Covalt moved to another port): register again.
    const usable =
      stored !== undefined && (stored.redirect_uris === undefined || stored.redirect_uris.includes(this.redirectUrl))
        ? stored
        : undefined;
    if (usable === undefined && this.options.interactive === undefined) {
      throw this.options.unauthorized("Sign-in required.");
    }
    return usable;
  }

  saveClientInformation(information: OAuthClientInformationMixed): void {
    this.#write("client", JSON.stringify(information));
  }

  tokens(): OAuthTokens | undefined {
    return this.#read("tokens") as OAuthTokens | undefined;
  }

  saveTokens(tokens: OAuthTokens): void {
    this.#write("tokens", JSON.stringify(tokens));
  }

  redirectToAuthorization(authorizationUrl: URL): void {
    this.options.interactive?.onAuthorizationUrl(authorizationUrl);
  }

  saveCodeVerifier(codeVerifier: string): void {
    // A background connect must not replace the verifier of a sign-in the user has open.
    if (this.options.interactive !== undefined) this.#write("verifier", codeVerifier);
  }

  codeVerifier(): string {
    const verifier = this.options.storage.oauth(this.options.serverId, "verifier");
    if (verifier === undefined) throw this.options.unauthorized("No sign-in is in progress.");
    return verifier;
  }

  invalidateCredentials(scope: "all" | "client" | "tokens" | "verifier" | "discovery"): void {
    if (scope === "all" || scope === "client") this.#write("client", undefined);
    if (scope === "all" || scope === "tokens") this.#write("tokens", undefined);
    if (scope === "all" || scope === "verifier") this.#write("verifier", undefined);
  }

  #read(key: McpOAuthKey): unknown {
    const text = this.options.storage.oauth(this.options.serverId, key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  #write(key: McpOAuthKey, value: string | undefined): void {
    this.options.storage.setOAuth(this.options.serverId, key, value);
  }
}

export const signInLifetimeMs = 10 * 60_000;

/** Sign-ins waiting for the browser to come back: `state` → server, single use, expiring. */
export class PendingSignIns {
  readonly #pending = new Map<string, { serverId: string; expiresAt: number }>();

  constructor(private readonly lifetimeMs = signInLifetimeMs) {}

  /** A fresh state for a server; earlier ones of the same server stop working (their verifier is replaced). */
  start(serverId: string): string {
    this.#prune();
    this.forget(serverId);
    const state = randomBytes(32).toString("base64url");
    this.#pending.set(state, { serverId, expiresAt: Date.now() + this.lifetimeMs });
    return state;
  }

  /** The server a state belongs to, once: the state is spent whether or not it was still valid. */
  take(state: string): string | undefined {
    const entry = this.#pending.get(state);
    this.#pending.delete(state);
    return entry === undefined || entry.expiresAt < Date.now() ? undefined : entry.serverId;
  }

  drop(state: string): void {
    this.#pending.delete(state);
  }

  forget(serverId: string): void {
    for (const [state, entry] of this.#pending) if (entry.serverId === serverId) this.#pending.delete(state);
  }

  #prune(): void {
    const now = Date.now();
    for (const [state, entry] of this.#pending) if (entry.expiresAt < now) this.#pending.delete(state);
  }
}
