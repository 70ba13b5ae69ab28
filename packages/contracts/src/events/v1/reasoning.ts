import { z } from "zod";

export const ReasoningStartEvent = z.object({ type: z.literal("reasoning-start"), id: z.string() });
export const ReasoningDeltaEvent = z.object({
  type: z.literal("reasoning-delta"),
  id: z.string(),
  delta: z.string(),
});
export const ReasoningEndEvent = z.object({ type: z.literal("reasoning-end"), id: z.string() });

export const reasoningEvents = [ReasoningStartEvent, ReasoningDeltaEvent, ReasoningEndEvent] as const;
