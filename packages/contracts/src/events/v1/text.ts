import { z } from "zod";

/** A text segment; `id` tells segments apart when text and tool calls interleave. */
export const TextStartEvent = z.object({ type: z.literal("text-start"), id: z.string() });
export const TextDeltaEvent = z.object({
  type: z.literal("text-delta"),
  id: z.string(),
  delta: z.string(),
});
export const TextEndEvent = z.object({ type: z.literal("text-end"), id: z.string() });

export const textEvents = [TextStartEvent, TextDeltaEvent, TextEndEvent] as const;
