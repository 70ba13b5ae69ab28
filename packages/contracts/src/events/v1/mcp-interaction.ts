import { z } from "zod";

/**
 * One property of an elicitation form (MCP restricts `requestedSchema` to a flat object of
 * primitives). Loose: fields Covalt does not know pass through, and the form ignores them.
 */
export const McpElicitationProperty = z.looseObject({
  type: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  default: z.unknown().optional(),
  format: z.string().optional(),
  enum: z.array(z.string()).optional(),
  enumNames: z.array(z.string()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
});
export type McpElicitationProperty = z.infer<typeof McpElicitationProperty>;

export const McpElicitationSchema = z.object({
  type: z.literal("object"),
  properties: z.record(z.string(), McpElicitationProperty),
  required: z.array(z.string()).optional(),
});
export type McpElicitationSchema = z.infer<typeof McpElicitationSchema>;

/** A sampling message as shown for approval; non-text content is described, not embedded. */
export const McpSamplingMessage = z.object({
  role: z.enum(["user", "assistant"]),
  text: z.string(),
});
export type McpSamplingMessage = z.infer<typeof McpSamplingMessage>;

export const McpInteractionKind = z.enum(["elicitation", "sampling"]);
export type McpInteractionKind = z.infer<typeof McpInteractionKind>;

/**
 * A request of an MCP server that waits for the user: elicitation (`message` + `requestedSchema`)
 * or sampling (`messages`, `systemPrompt`, `maxTokens`). `chatId` names the chat whose tool call
 * was running on that server when the request came, if any.
 */
export const McpInteraction = z.object({
  requestId: z.string(),
  serverId: z.string(),
  serverName: z.string(),
  kind: McpInteractionKind,
  chatId: z.string().optional(),
  createdAt: z.iso.datetime(),
  /** Elicitation: what the server asks. */
  message: z.string().optional(),
  requestedSchema: McpElicitationSchema.optional(),
  /** Sampling: the conversation the server wants completed. */
  messages: z.array(McpSamplingMessage).optional(),
  systemPrompt: z.string().optional(),
  maxTokens: z.number().int().optional(),
});
export type McpInteraction = z.infer<typeof McpInteraction>;

/** How a request ended: the user's answer, a failure (sampling), or `cancel` on timeout or shutdown. */
export const McpInteractionOutcome = z.enum(["accept", "decline", "cancel", "error"]);
export type McpInteractionOutcome = z.infer<typeof McpInteractionOutcome>;

export const McpInteractionRequestEvent = McpInteraction.extend({ type: z.literal("mcp-interaction-request") });

export const McpInteractionEndEvent = z.object({
  type: z.literal("mcp-interaction-end"),
  requestId: z.string(),
  outcome: McpInteractionOutcome,
  /** Sampling: the completion sent back to the server. */
  text: z.string().optional(),
  /** Why it failed (outcome `error`). */
  error: z.string().optional(),
});

export const mcpInteractionEvents = [McpInteractionRequestEvent, McpInteractionEndEvent] as const;
