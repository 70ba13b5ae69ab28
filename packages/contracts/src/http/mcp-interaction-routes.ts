import { z } from "zod";
import { McpInteraction, McpInteractionOutcome } from "../events/v1/mcp-interaction.js";
import { defineRoute } from "./route.js";

/** Form values of an accepted elicitation (MCP allows only primitives and string lists). */
export const McpElicitationContent = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
export type McpElicitationContent = z.infer<typeof McpElicitationContent>;

export const AnswerMcpInteractionRequest = z.object({
  action: z.enum(["accept", "decline", "cancel"]),
  /** Elicitation only: the values entered, required when accepting. */
  content: McpElicitationContent.optional(),
});
export type AnswerMcpInteractionRequest = z.infer<typeof AnswerMcpInteractionRequest>;

export const McpInteractionAnswer = z.object({
  outcome: McpInteractionOutcome,
  /** Sampling: the model's completion, as sent back to the server. */
  text: z.string().optional(),
  error: z.string().optional(),
});
export type McpInteractionAnswer = z.infer<typeof McpInteractionAnswer>;

export const mcpInteractionRoutes = {
  listMcpInteractions: defineRoute({
    method: "get",
    path: "/api/mcp/interactions",
    summary: "MCP elicitation and sampling requests waiting for the user.",
    auth: "token",
    body: undefined,
    response: z.object({ interactions: z.array(McpInteraction) }),
  }),
  answerMcpInteraction: defineRoute({
    method: "post",
    path: "/api/mcp/interactions/:requestId",
    summary:
      "Answers an MCP elicitation (accept with content, decline, cancel) or sampling request (accept runs the model).",
    auth: "token",
    body: AnswerMcpInteractionRequest,
    response: McpInteractionAnswer,
  }),
};
