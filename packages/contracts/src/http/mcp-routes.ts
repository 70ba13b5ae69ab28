import { z } from "zod";
import {
  ConsentMcpServerRequest,
  CreateMcpServerRequest,
  McpServerView,
  McpToolView,
  UpdateMcpServerRequest,
} from "../mcp/mcp-server.js";
import { Ok } from "./provider-routes.js";
import { defineRoute } from "./route.js";

export const McpResource = z.object({
  uri: z.string(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  mimeType: z.string().optional(),
});
export type McpResource = z.infer<typeof McpResource>;

export const McpResourceContent = z.object({
  uri: z.string(),
  mimeType: z.string().optional(),
  text: z.string().optional(),
  /** Base64 for binary resources. */
  blob: z.string().optional(),
});
export type McpResourceContent = z.infer<typeof McpResourceContent>;

export const McpPrompt = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  arguments: z
    .array(z.object({ name: z.string(), description: z.string().optional(), required: z.boolean().optional() }))
    .optional(),
});
export type McpPrompt = z.infer<typeof McpPrompt>;

/** A prompt's messages flattened to text, ready to put into the composer. */
export const McpPromptMessages = z.object({
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), text: z.string() })),
});
export type McpPromptMessages = z.infer<typeof McpPromptMessages>;

const server = "/api/mcp/servers/:serverId";

export const mcpRoutes = {
  listMcpServers: defineRoute({
    method: "get",
    path: "/api/mcp/servers",
    summary: "Configured MCP servers with their live status; secret values are never included.",
    auth: "token",
    body: undefined,
    response: z.object({ servers: z.array(McpServerView) }),
  }),
  createMcpServer: defineRoute({
    method: "post",
    path: "/api/mcp/servers",
    summary: "Adds an MCP server (a stdio command or a URL). Stdio servers wait for consent before they start.",
    auth: "token",
    body: CreateMcpServerRequest,
    response: McpServerView,
  }),
  updateMcpServer: defineRoute({
    method: "patch",
    path: server,
    summary: "Changes an MCP server; a changed command line needs consent again.",
    auth: "token",
    body: UpdateMcpServerRequest,
    response: McpServerView,
  }),
  deleteMcpServer: defineRoute({
    method: "delete",
    path: server,
    summary: "Stops and removes an MCP server.",
    auth: "token",
    body: undefined,
    response: Ok,
  }),
  consentMcpServer: defineRoute({
    method: "post",
    path: `${server}/consent`,
    summary: "Consents to run exactly the command line with this fingerprint.",
    auth: "token",
    body: ConsentMcpServerRequest,
    response: McpServerView,
  }),
  restartMcpServer: defineRoute({
    method: "post",
    path: `${server}/restart`,
    summary: "Reconnects to an MCP server (restarting a stdio server).",
    auth: "token",
    body: undefined,
    response: McpServerView,
  }),
  listMcpServerTools: defineRoute({
    method: "get",
    path: `${server}/tools`,
    summary: "The server's tools (connecting if needed), with changed descriptions flagged.",
    auth: "token",
    body: undefined,
    response: z.object({ tools: z.array(McpToolView) }),
  }),
  acknowledgeMcpTool: defineRoute({
    method: "post",
    path: `${server}/tools/:toolName/acknowledge`,
    summary: "Accepts a tool's changed description so it may run again.",
    auth: "token",
    body: undefined,
    response: Ok,
  }),
  listMcpResources: defineRoute({
    method: "get",
    path: `${server}/resources`,
    summary: "The server's resources.",
    auth: "token",
    body: undefined,
    response: z.object({ resources: z.array(McpResource) }),
  }),
  readMcpResource: defineRoute({
    method: "get",
    path: `${server}/resource`,
    summary: "One resource's contents.",
    auth: "token",
    body: undefined,
    query: z.object({ uri: z.string().min(1) }),
    response: z.object({ contents: z.array(McpResourceContent) }),
  }),
  listMcpPrompts: defineRoute({
    method: "get",
    path: `${server}/prompts`,
    summary: "The server's prompts (offered as slash commands in the composer).",
    auth: "token",
    body: undefined,
    response: z.object({ prompts: z.array(McpPrompt) }),
  }),
  getMcpPrompt: defineRoute({
    method: "post",
    path: `${server}/prompts/:promptName`,
    summary: "Fills a prompt with its arguments.",
    auth: "token",
    body: z.object({ arguments: z.record(z.string(), z.string()).default({}) }),
    response: McpPromptMessages,
  }),
};
