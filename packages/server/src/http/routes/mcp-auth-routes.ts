import { apiRoutes } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Context, Hono } from "hono";
import type { McpHost } from "../../mcp/mcp-host.js";
import { mcpOAuthCallbackPath } from "../../mcp/mcp-sign-in.js";
import { registerRoute } from "../register-route.js";

/** Sign-in and sign-out of HTTP MCP servers (OAuth); behind the install token like every API route. */
export function registerMcpAuthRoutes(app: Hono, mcp: McpHost): void {
  const requireServer = (serverId: string | undefined) => {
    const server = mcp.server(serverId ?? "");
    if (server === undefined) throw new CovaltError("not-found", `There is no MCP server ${serverId ?? ""}.`);
    return server;
  };
  registerRoute(app, apiRoutes.signInMcpServer, ({ params }) => mcp.startSignIn(requireServer(params.serverId).id));
  registerRoute(app, apiRoutes.signOutMcpServer, ({ params }) => mcp.signOut(requireServer(params.serverId).id));
}

/**
 * Where the authorization server sends the browser back. Registered before the token check: the
 * install-token cookie is SameSite=Strict and not sent on this cross-site redirect, so the request
 * is authenticated by its `state` instead (random, single use, expiring after 10 minutes).
 */
export function registerMcpOAuthCallback(app: Hono, mcp: McpHost): void {
  app.get(mcpOAuthCallbackPath, async (context) => {
    const { code, state, error, error_description: description } = context.req.query();
    if (state === undefined || state === "") {
      return page(context, 400, "Sign-in failed", "The authorization server sent no state: this link is not valid.");
    }
    if (error !== undefined) {
      const server = mcp.cancelSignIn(state);
      const reason = description ?? error;
      return page(
        context,
        400,
        "Sign-in failed",
        `${server === undefined ? "The MCP server" : server.name} did not sign you in: ${reason}`,
      );
    }
    if (code === undefined || code === "") {
      mcp.cancelSignIn(state);
      return page(context, 400, "Sign-in failed", "The authorization server sent no code.");
    }
    try {
      const server = await mcp.finishSignIn(state, code);
      return page(context, 200, "Signed in", `Signed in to ${server.name}. You can close this tab.`);
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      return page(context, 400, "Sign-in failed", message);
    }
  });
}

function page(context: Context, status: 200 | 400, title: string, message: string): Response {
  context.header("Cache-Control", "no-store");
  context.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
  return context.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Covalt</title>` +
      `<style>body{font:16px system-ui,sans-serif;margin:4rem auto;max-width:36rem;padding:0 1rem}</style></head>` +
      `<body><h1>${escapeHtml(title)}</h1><p id="message">${escapeHtml(message)}</p></body></html>`,
    status,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
