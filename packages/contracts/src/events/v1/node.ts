import { z } from "zod";

/** Flow-graph telemetry for the flow editor's live view; chat content is unaffected. */
export const NodeStartEvent = z.object({
  type: z.literal("node-start"),
  nodeId: z.string(),
  nodeType: z.string(),
});

export const NodeOutputEvent = z.object({
  type: z.literal("node-output"),
  nodeId: z.string(),
  port: z.string(),
  value: z.unknown(),
});

export const NodeEndEvent = z.object({
  type: z.literal("node-end"),
  nodeId: z.string(),
  status: z.enum(["complete", "error", "cancelled", "skipped"]),
  durationMs: z.number().nonnegative().optional(),
});

export const nodeEvents = [NodeStartEvent, NodeOutputEvent, NodeEndEvent] as const;
