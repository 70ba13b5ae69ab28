import { type OAuthMcpServer, startOAuthMcpServer } from "@covalt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, testToken } from "../test-app.js";
import { waitFor } from "./mcp-support.js";

describe("OAuth for remote MCP servers", () => {
  let remote: OAuthMcpServer;
  let covalt: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    remote = await startOAuthMcpServer();
    covalt = await createTestApp();
    // The test app answers at this address (`app.request`); the authorization server only redirects there.
    covalt.services.mcp.setBaseUrl("http://127.0.0.1:3210");
  });
  afterAll(async () => {
    await covalt.services.close();
    covalt.database.close();
    await remote.stop();
  });

  const api = async (path: string, method = "POST") => {
    const response = await covalt.request(path, { method, headers: { authorization: `Bearer ${testToken}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("signs in (discovery, registration, PKCE, loopback callback), refreshes, and signs out", async () => {
    const mcp = covalt.services.mcp;
    const server = mcp.create({ name: "Protected", transport: { type: "http", url: remote.url } });

    // No tokens yet: the server answers 401 and waits for the user, registering nothing on its own.
    await expect(mcp.callTool(server.id, "whoami", { greeting: "hi" })).rejects.toThrow(/needs you to sign in/);
    expect(mcp.status(server.id).status).toBe("needs-auth");
    expect(remote.provider.clients.size).toBe(0);

    const signIn = await api(`/api/mcp/servers/${server.id}/sign-in`);
    expect(signIn.status).toBe(200);
    const authorizationUrl = new URL(String(signIn.body.authorizationUrl));
    expect(authorizationUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorizationUrl.searchParams.get("redirect_uri")).toBe("http://127.0.0.1:3210/api/mcp/oauth/callback");
    expect(remote.provider.clients.size).toBe(1);

    // The browser follows the authorization URL; the server approves at once and redirects to Covalt.
    const authorize = await fetch(authorizationUrl, { redirect: "manual" });
    expect(authorize.status).toBe(302);
    const callback = new URL(authorize.headers.get("location") ?? "");
    expect(callback.pathname).toBe("/api/mcp/oauth/callback");

    // The callback comes without the install token (cross-site redirect): the state authenticates it.
    const page = await covalt.request(callback.pathname + callback.search);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Signed in to Protected. You can close this tab.");
    expect(mcp.status(server.id).status).toBe("ready");
    expect(mcp.server(server.id)?.signedIn).toBe(true);
    expect(await mcp.callTool(server.id, "whoami", { greeting: "hello" })).toBe("hello, client");

    // The state is single-use.
    const replay = await covalt.request(callback.pathname + callback.search);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/expired or was already used/);

    // Tokens are sealed by the vault, not plaintext in SQLite.
    const [token] = [...remote.provider.accessTokens.keys()];
    const row = covalt.database.sqlite.prepare("select secrets from mcp_servers where id = ?").get(server.id) as {
      secrets: string;
    };
    expect(row.secrets).toContain("oauth:tokens");
    expect(row.secrets).not.toContain(token);
    expect(row.secrets).not.toContain("refresh_token");
    const listed = await api("/api/mcp/servers", "GET");
    expect(JSON.stringify(listed.body)).not.toContain(token);

    // An expired access token is refreshed by the SDK and the call goes through.
    remote.provider.expireAll();
    expect(await mcp.callTool(server.id, "whoami", { greeting: "again" })).toBe("again, client");
    expect(remote.provider.refreshCount).toBe(1);

    // Sign-out forgets tokens and registration: the server needs signing in again.
    const signOut = await api(`/api/mcp/servers/${server.id}/sign-out`);
    expect(signOut.status).toBe(200);
    expect(signOut.body).toMatchObject({ status: "needs-auth", signedIn: false });
    await waitFor(() => mcp.status(server.id).status === "needs-auth", 5_000, "needs-auth");
    await expect(mcp.callTool(server.id, "whoami", { greeting: "x" })).rejects.toThrow(/needs you to sign in/);
  });

  it("answers a readable page for unknown or declined sign-ins", async () => {
    const unknown = await covalt.request("/api/mcp/oauth/callback?code=x&state=nope");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/expired or was already used/);

    const declined = await covalt.request("/api/mcp/oauth/callback?error=access_denied&state=nope");
    expect(declined.status).toBe(400);
    expect(await declined.text()).toContain("access_denied");

    const server = covalt.services.mcp.create({ name: "Local", transport: { type: "stdio", command: "true" } });
    const stdio = await api(`/api/mcp/servers/${server.id}/sign-in`);
    expect(stdio.status).toBe(400);
  });
});
