import { type OAuthMcpServer, startOAuthMcpServer } from "@covalt/testing";
import type { Locator, Page } from "@playwright/test";
import { AppShell, expect, test } from "../support/index.js";

/** A fresh OAuth-protected MCP server per test; its /authorize asks on a consent page (Approve, Deny). */
const oauthTest = test.extend<{ remote: OAuthMcpServer }>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  remote: async ({}, use) => {
    const remote = await startOAuthMcpServer({ approval: "page" });
    await use(remote);
    await remote.stop();
  },
});

/** Everything Covalt sent the browser: response bodies (API, pages) and socket frames. */
function recordCovaltTraffic(page: Page, covaltUrl: string): () => Promise<string> {
  const bodies: Promise<string>[] = [];
  page.context().on("response", (response) => {
    if (!response.url().startsWith(covaltUrl)) return;
    if ((response.headers()["content-type"] ?? "").includes("text/event-stream")) return;
    bodies.push(response.text().catch(() => ""));
  });
  const frames: string[] = [];
  page.on("websocket", (socket) => {
    socket.on("framereceived", ({ payload }) => frames.push(String(payload)));
  });
  return async () => [...(await Promise.all(bodies)), ...frames].join("\n");
}

/** Clicks Sign in and resolves with the tab it opens on the authorization server. */
async function openSignIn(page: Page, signIn: Locator, remote: OAuthMcpServer): Promise<Page> {
  const [authorization] = await Promise.all([page.context().waitForEvent("page"), signIn.click()]);
  await expect(authorization.getByRole("heading", { name: "Authorize Covalt" })).toBeVisible();
  expect(new URL(authorization.url()).origin).toBe(new URL(remote.url).origin);
  return authorization;
}

oauthTest(
  "a remote MCP server behind OAuth is signed in to from Settings, used, and signed out of",
  async ({ page, covalt, remote }) => {
    // The Covalt server lives as long as the file: a repeated run adds a server of another name.
    const name = `Protected ${test.info().repeatEachIndex + 1}`;
    const traffic = recordCovaltTraffic(page, covalt.url);
    await new AppShell(page).signIn(covalt.launchUrl);
    await page.goto("/settings#mcp");
    await expect(page.getByTestId("settings-mcp")).toBeVisible();

    await page.getByTestId("mcp-add").click();
    await page.getByText("URL (HTTP)").click();
    await expect(page.getByTestId("mcp-add-http")).toBeChecked();
    await page.getByTestId("mcp-name").fill(name);
    await page.getByTestId("mcp-url").fill(remote.url);
    await page.getByTestId("mcp-add-submit").click();
    await expect(page.getByTestId("mcp-add-dialog")).toBeHidden();

    // Its first connection is refused (401): the row asks the user to sign in, and nothing was registered yet.
    const row = page.getByTestId("mcp-server-row").filter({ has: page.getByText(name, { exact: true }) });
    await expect(row).toHaveAttribute("data-status", "needs-auth");
    const serverId = (await row.getAttribute("data-server-id")) ?? "";
    const signIn = row.getByTestId(`mcp-sign-in-${serverId}`);
    await expect(row.getByTestId(`mcp-status-${serverId}`)).toHaveText("Needs sign-in");
    await expect(signIn).toHaveText("Sign in");
    await expect(row.getByTestId(`mcp-sign-out-${serverId}`)).toHaveCount(0);
    expect(remote.provider.clients.size).toBe(0);
    await row.screenshot({ path: test.info().outputPath("needs-auth-row.png") });

    // Declining on the authorization page changes nothing: the callback says so, the row still asks.
    const declined = await openSignIn(page, signIn, remote);
    await declined.getByRole("button", { name: "Deny" }).click();
    await expect(declined.locator("#message")).toHaveText(`${name} did not sign you in: access_denied`);
    await declined.close();
    await expect(row).toHaveAttribute("data-status", "needs-auth");

    // Approving: the authorization server redirects to Covalt's loopback callback, which takes the code.
    const approved = await openSignIn(page, signIn, remote);
    await approved.getByRole("button", { name: "Approve" }).click();
    await expect(approved.locator("#message")).toHaveText(`Signed in to ${name}. You can close this tab.`);
    expect(new URL(approved.url()).origin).toBe(covalt.url);
    expect(new URL(approved.url()).pathname).toBe("/api/mcp/oauth/callback");

    // The open Settings tab turns ready by itself, with the server's tool count and a Sign out action.
    await expect(row).toHaveAttribute("data-status", "ready", { timeout: 15_000 });
    await expect(row.getByTestId(`mcp-status-${serverId}`)).toHaveText("Connected");
    await expect(row).toContainText("1 tool");
    await expect(signIn).toHaveCount(0);
    await row.getByTestId(`mcp-expand-${serverId}`).click();
    const tools = row.getByTestId(`mcp-tools-${serverId}`);
    await expect(tools.getByTestId("mcp-tool")).toHaveCount(1);
    await expect(tools.getByTestId("mcp-tool")).toHaveAttribute("data-tool-name", "whoami");
    await expect(tools).toContainText("Names the OAuth client.");
    await row.screenshot({ path: test.info().outputPath("ready-row.png") });

    // No token reached the browser: not in the pages, not in any API response or live event.
    const secrets = [...remote.provider.accessTokens.keys(), ...remote.provider.refreshTokens.keys()];
    expect(secrets.length).toBeGreaterThan(0);
    const sent = await traffic();
    // The recording did see what the UI was told after signing in (so the check below is not vacuous).
    expect(sent).toContain(`"signedIn":true`);
    expect(sent).toContain(`"type":"mcp-status"`);
    const seen = [await page.content(), await approved.content(), sent].join("\n");
    for (const secret of secrets) expect(seen).not.toContain(secret);
    await approved.close();

    // Signing out forgets the tokens: the row asks to sign in again.
    await row.getByTestId(`mcp-sign-out-${serverId}`).click();
    await expect(row).toHaveAttribute("data-status", "needs-auth");
    await expect(signIn).toHaveText("Sign in");
    await expect(row.getByTestId(`mcp-sign-out-${serverId}`)).toHaveCount(0);
    // Its details do not try to list tools (that would only be refused) nor show the refusal as an error.
    await expect(row.getByTestId(`mcp-details-${serverId}`)).toContainText(`Sign in to ${name} to see its tools.`);
    await expect(row.getByRole("alert")).toHaveCount(0);
    await row.screenshot({ path: test.info().outputPath("signed-out-row.png") });
  },
);
