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

/** The bits of express (untyped here: it is only hoisted from another package) the test server uses. */
type Handler = (req: Request & Record<string, unknown>, res: ExpressResponse, next?: () => void) => unknown;
interface ExpressResponse {
  redirect(url: string): void;
  status(code: number): ExpressResponse;
  json(body: unknown): void;
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

/** An authorization server that approves every request at once: registration, PKCE codes, tokens and refresh. */
class TestOAuthProvider implements OAuthServerProvider {
  readonly clients = new Map<string, OAuthClientInformationFull>();
  readonly codes = new Map<string, Grant>();
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, string>();
  refreshCount = 0;

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
    const target = new URL(params.redirectUri);
    target.searchParams.set("code", code);
    if (params.state !== undefined) target.searchParams.set("state", params.state);
    res.redirect(target.href);
    return Promise.resolve();
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

/**
 * One local origin playing both roles: an MCP server over streamable HTTP that requires a bearer
 * token (with protected-resource metadata), and the authorization server that issues it.
 */
export async function startOAuthMcpServer(): Promise<{
  url: string;
  provider: TestOAuthProvider;
  stop(): Promise<void>;
}> {
  const expressModule = "express";
  const express = ((await import(expressModule)) as { default: Express }).default;
  const provider = new TestOAuthProvider();
  const app = express();
  const server = app.listen(0, "127.0.0.1", () => undefined);
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const mcpUrl = new URL(`${base}/mcp`);

  app.use(mcpAuthRouter({ provider, issuerUrl: new URL(base), resourceServerUrl: mcpUrl, resourceName: "Test" }));
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
