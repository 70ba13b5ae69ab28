import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { OAuthRegisteredClientsStore } from "@modelcontextprotocol/sdk/server/auth/clients.js";
import { InvalidGrantError, InvalidTokenError } from "@modelcontextprotocol/sdk/server/auth/errors.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import type { AuthorizationParams, OAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import { getOAuthProtectedResourceMetadataUrl, mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { OAuthClientInformationFull, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";
import { z } from "zod";

/** The bits of express the test server uses (it comes with the MCP SDK, whose auth router needs it; no types installed). */
type Handler = (req: Request & Record<string, unknown>, res: ExpressResponse, next?: () => void) => unknown;
interface ExpressResponse {
  redirect(url: string): void;
  status(code: number): ExpressResponse;
  json(body: unknown): void;
  send(body: string): void;
}
interface ExpressApp {
  use(...handlers: unknown[]): void;
  post(path: string, ...handlers: unknown[]): void;
  get(path: string, ...handlers: unknown[]): void;
  listen(port: number, host: string, callback: () => void): Server;
}
interface Express {
  (): ExpressApp;
  json(): Handler;
  urlencoded(options: { extended: boolean }): Handler;
}

interface Grant {
  clientId: string;
  challenge: string;
  redirectUri: string;
}

interface IssuedToken {
  clientId: string;
  expiresAt: number;
}

export interface OAuthMcpServerOptions {
  /**
   * How `/authorize` answers: `auto` (the default) redirects back with a code at once; `page`
   * shows a consent page whose Approve button does (and whose Deny button sends `access_denied`),
   * the way a real authorization server asks its user.
   */
  approval?: "auto" | "page";
}

export interface OAuthMcpServer {
  /** The MCP endpoint, e.g. `http://127.0.0.1:41234/mcp`; the authorization server is its origin. */
  url: string;
  provider: TestOAuthProvider;
  stop(): Promise<void>;
}

/**
 * An authorization server for one test: dynamic registration, PKCE codes, tokens and refresh,
 * approving every request (at once, or from its consent page).
 */
export class TestOAuthProvider implements OAuthServerProvider {
  readonly clients = new Map<string, OAuthClientInformationFull>();
  readonly codes = new Map<string, Grant>();
  /** Authorizations waiting on the consent page: request id → where Approve or Deny redirects. */
  readonly consents = new Map<string, { clientName: string; redirectUri: string; code: string; state?: string }>();
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, string>();
  refreshCount = 0;

  constructor(private readonly approval: "auto" | "page" = "auto") {}

  readonly clientsStore: OAuthRegisteredClientsStore = {
    getClient: (clientId) => this.clients.get(clientId),
    registerClient: (client) => {
      const full = { ...client, client_id: randomUUID(), client_id_issued_at: Math.floor(Date.now() / 1000) };
      this.clients.set(full.client_id, full);
      return full;
    },
  };

  authorize(client: OAuthClientInformationFull, params: AuthorizationParams, res: ExpressResponse): Promise<void> {
    if (!client.redirect_uris.includes(params.redirectUri)) throw new Error("unregistered redirect_uri");
    const code = randomUUID();
    this.codes.set(code, {
      clientId: client.client_id,
      challenge: params.codeChallenge,
      redirectUri: params.redirectUri,
    });
    if (this.approval === "page") {
      const request = randomUUID();
      this.consents.set(request, {
        clientName: client.client_name ?? client.client_id,
        redirectUri: params.redirectUri,
        code,
        ...(params.state === undefined ? {} : { state: params.state }),
      });
      res.send(consentPage(request, client.client_name ?? client.client_id));
      return Promise.resolve();
    }
    res.redirect(redirectTarget(params.redirectUri, { code, state: params.state }));
    return Promise.resolve();
  }

  /** The consent page's answer: where to send the browser, or undefined for an unknown request. */
  decide(request: string, approve: boolean): string | undefined {
    const consent = this.consents.get(request);
    this.consents.delete(request);
    if (consent === undefined) return undefined;
    if (approve) return redirectTarget(consent.redirectUri, { code: consent.code, state: consent.state });
    this.codes.delete(consent.code);
    return redirectTarget(consent.redirectUri, { error: "access_denied", state: consent.state });
  }

  challengeForAuthorizationCode(_client: OAuthClientInformationFull, code: string): Promise<string> {
    const grant = this.codes.get(code);
    if (grant === undefined) throw new InvalidGrantError("unknown code");
    return Promise.resolve(grant.challenge);
  }

  exchangeAuthorizationCode(client: OAuthClientInformationFull, code: string): Promise<OAuthTokens> {
    const grant = this.codes.get(code);
    this.codes.delete(code);
    if (grant?.clientId !== client.client_id) throw new InvalidGrantError("unknown code");
    return Promise.resolve(this.#issue(client.client_id));
  }

  exchangeRefreshToken(client: OAuthClientInformationFull, refreshToken: string): Promise<OAuthTokens> {
    if (this.refreshTokens.get(refreshToken) !== client.client_id) throw new InvalidGrantError("unknown refresh token");
    this.refreshTokens.delete(refreshToken);
    this.refreshCount += 1;
    return Promise.resolve(this.#issue(client.client_id));
  }

  verifyAccessToken(token: string): Promise<AuthInfo> {
    const issued = this.accessTokens.get(token);
    if (issued === undefined) throw new InvalidTokenError("unknown token");
    return Promise.resolve({ token, clientId: issued.clientId, scopes: [], expiresAt: issued.expiresAt });
  }

  /** Makes every access token issued so far expired. */
  expireAll(): void {
    for (const issued of this.accessTokens.values()) issued.expiresAt = Math.floor(Date.now() / 1000) - 10;
  }

  #issue(clientId: string): OAuthTokens {
    const accessToken = `at-${randomUUID()}`;
    const refreshToken = `rt-${randomUUID()}`;
    this.accessTokens.set(accessToken, { clientId, expiresAt: Math.floor(Date.now() / 1000) + 3600 });
    this.refreshTokens.set(refreshToken, clientId);
    return { access_token: accessToken, token_type: "bearer", expires_in: 3600, refresh_token: refreshToken };
  }
}

function redirectTarget(redirectUri: string, params: Record<string, string | undefined>): string {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, value);
  return target.href;
}

function consentPage(request: string, clientName: string): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authorize · Test</title></head><body>` +
    `<h1>Authorize ${escape(clientName)}</h1><p>${escape(clientName)} wants to use the Test MCP server.</p>` +
    `<form method="post" action="/consent"><input type="hidden" name="request" value="${escape(request)}">` +
    `<button type="submit" name="decision" value="approve">Approve</button> ` +
    `<button type="submit" name="decision" value="deny">Deny</button></form></body></html>`
  );
}

/**
 * One local origin playing both roles: an MCP server over streamable HTTP that requires a bearer
 * token (with protected-resource metadata) and offers one tool, `whoami`, and the authorization
 * server that issues it.
 */
export async function startOAuthMcpServer(options: OAuthMcpServerOptions = {}): Promise<OAuthMcpServer> {
  const expressModule = "express";
  const express = ((await import(expressModule)) as { default: Express }).default;
  const provider = new TestOAuthProvider(options.approval);
  const app = express();
  const server = app.listen(0, "127.0.0.1", () => undefined);
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const mcpUrl = new URL(`${base}/mcp`);

  app.use(mcpAuthRouter({ provider, issuerUrl: new URL(base), resourceServerUrl: mcpUrl, resourceName: "Test" }));
  app.post("/consent", express.urlencoded({ extended: false }), ((req, res) => {
    const body = (req["body"] ?? {}) as Record<string, unknown>;
    const target = provider.decide(String(body["request"]), body["decision"] === "approve");
    if (target === undefined) res.status(400).json({ error: "unknown request" });
    else res.redirect(target);
  }) satisfies Handler);
  const bearer: unknown = requireBearerAuth({
    verifier: provider,
    resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(mcpUrl),
  });
  app.post("/mcp", bearer, express.json(), (async (req, res) => {
    const mcp = new McpServer({ name: "oauth-test", version: "1.0.0" });
    mcp.registerTool(
      "whoami",
      { description: "Names the OAuth client.", inputSchema: { greeting: z.string() } },
      (args, extra) => ({
        content: [
          { type: "text", text: `${args.greeting}, ${extra.authInfo?.clientId === undefined ? "nobody" : "client"}` },
        ],
      }),
    );
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await mcp.connect(transport);
    await transport.handleRequest(req as never, res as never, req["body"]);
  }) satisfies Handler);
  app.get("/mcp", bearer, ((_req, res) => res.status(405).json({ error: "stateless" })) satisfies Handler);

  return {
    url: mcpUrl.href,
    provider,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
