import { z } from "zod";

/**
 * `needs-consent`: a stdio server whose command line the user has not approved (or that changed
 * since they did); it is never started in that state. `idle`: enabled but not connected yet (a
 * lazy server before its first use).
 */
export const McpServerStatus = z.enum([
  "connecting",
  "ready",
  "needs-auth",
  "error",
  "disabled",
  "needs-consent",
  "idle",
]);
export type McpServerStatus = z.infer<typeof McpServerStatus>;

export const McpStatusEvent = z.object({
  type: z.literal("mcp-status"),
  serverId: z.string(),
  status: McpServerStatus,
  toolCount: z.number().int().nonnegative().optional(),
  /** The last lines the server wrote to stderr, or the last connection error. */
  lastError: z.string().optional(),
  /** Tools whose description changed since the user approved them (they do not run until acknowledged). */
  changedToolCount: z.number().int().nonnegative().optional(),
});

export const mcpEvents = [McpStatusEvent] as const;
