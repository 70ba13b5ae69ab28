export * from "./drizzle-mcp-server-store.js";
export * from "./mcp-config.js";
export { type McpClientCallbacks, type McpConnectionTimings, stderrLinesKept } from "./mcp-connection.js";
export * from "./mcp-host.js";
export * from "./mcp-server-store.js";
export { toolOutputOf } from "./tool-results.js";
export { mcpOAuthCallbackPath } from "./mcp-sign-in.js";
export type { McpToolInfo } from "./mcp-tool-catalog.js";
export type { McpCallOptions, McpHostOptions, McpServerInfo } from "./mcp-host-options.js";
