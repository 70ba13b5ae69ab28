import { apiRoutes } from "@covalt/contracts";
import type { Hono } from "hono";
import type { McpInteractionBroker } from "../../mcp/mcp-interaction-broker.js";
import { registerRoute } from "../register-route.js";

/** MCP elicitation and sampling requests waiting for the user, and their answers. */
export function registerMcpInteractionRoutes(app: Hono, broker: McpInteractionBroker): void {
  registerRoute(app, apiRoutes.listMcpInteractions, () => ({ interactions: broker.pending() }));
  registerRoute(app, apiRoutes.answerMcpInteraction, ({ params, body }) => broker.answer(params.requestId ?? "", body));
}
