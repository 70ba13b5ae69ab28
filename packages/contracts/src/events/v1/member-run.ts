import { z } from "zod";

/**
 * A sub-agent or flow node running inside the turn. Events that belong to it carry its id in the
 * envelope's `memberRunId`; the start event's own envelope names the enclosing member run, if any.
 */
export const MemberRunStartEvent = z.object({
  type: z.literal("member-run-start"),
  memberRunId: z.string(),
  name: z.string(),
  kind: z.enum(["agent", "node"]),
  nodeId: z.string().optional(),
});

export const MemberRunEndEvent = z.object({
  type: z.literal("member-run-end"),
  memberRunId: z.string(),
  status: z.enum(["complete", "error", "cancelled"]),
});

export const memberRunEvents = [MemberRunStartEvent, MemberRunEndEvent] as const;
