import { z } from "zod";

export const McpServerStatus = z.enum(["connecting", "ready", "needs-auth", "error", "disabled"]);
export type McpServerStatus = z.infer<typeof McpServerStatus>;

export const McpStatusEvent = z.object({
  type: z.literal("mcp-status"),
  serverId: z.string(),
  status: McpServerStatus,
  toolCount: z.number().int().nonnegative().optional(),
  /** The last lines the server wrote to stderr, or the last connection error. */
  lastError: z.string().optional(),
});

export const mcpEvents = [McpStatusEvent] as const;
