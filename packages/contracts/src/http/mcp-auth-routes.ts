import { z } from "zod";
import { McpServerView } from "../mcp/mcp-server.js";
import { defineRoute } from "./route.js";

/**
 * OAuth sign-in to remote MCP servers. The browser comes back from the authorization server to
 * `GET /api/mcp/oauth/callback?code&state`: that page is not a JSON route (it answers HTML and is
 * authenticated by its one-time `state`, since the install-token cookie is not sent on a
 * cross-site redirect).
 */
export const McpSignInResponse = z.object({
  /** Open this in a new tab; absent when the stored refresh token was enough. */
  authorizationUrl: z.string().optional(),
});
export type McpSignInResponse = z.infer<typeof McpSignInResponse>;

export const mcpAuthRoutes = {
  signInMcpServer: defineRoute({
    method: "post",
    path: "/api/mcp/servers/:serverId/sign-in",
    summary:
      "Starts OAuth for an HTTP MCP server (metadata discovery, client registration, PKCE) and returns the URL to open.",
    auth: "token",
    body: undefined,
    response: McpSignInResponse,
  }),
  signOutMcpServer: defineRoute({
    method: "post",
    path: "/api/mcp/servers/:serverId/sign-out",
    summary: "Forgets the server's OAuth tokens and client registration.",
    auth: "token",
    body: undefined,
    response: McpServerView,
  }),
};
