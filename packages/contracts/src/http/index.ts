import { chatRoutes } from "./chat-routes.js";
import { mcpAuthRoutes } from "./mcp-auth-routes.js";
import { mcpRoutes } from "./mcp-routes.js";
import { mcpInteractionRoutes } from "./mcp-interaction-routes.js";
import { providerRoutes } from "./provider-routes.js";
import { settingsRoutes } from "./settings-routes.js";
import { systemRoutes } from "./system.js";
import { toolRoutes } from "./tool-routes.js";
import { treeRoutes } from "./tree-routes.js";
import { workspaceRoutes } from "./workspace-routes.js";

export * from "./chat-routes.js";
export * from "./mcp-auth-routes.js";
export * from "./mcp-routes.js";
export * from "./mcp-interaction-routes.js";
export * from "./provider-routes.js";
export * from "./route.js";
export * from "./settings-routes.js";
export * from "./system.js";
export * from "./tool-routes.js";
export * from "./tree-routes.js";
export * from "./workspace-routes.js";

/** Every HTTP route of the API. A server test checks that each has a handler and no handler lacks a contract. */
export const apiRoutes = {
  ...systemRoutes,
  ...providerRoutes,
  ...chatRoutes,
  ...settingsRoutes,
  ...treeRoutes,
  ...toolRoutes,
  ...workspaceRoutes,
  ...mcpRoutes,
  ...mcpAuthRoutes,
  ...mcpInteractionRoutes,
};
export type ApiRouteName = keyof typeof apiRoutes;
