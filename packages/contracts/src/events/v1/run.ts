import { z } from "zod";
import { ModelRef } from "../../ids.js";

export const RunEndReason = z.enum(["complete", "cancelled", "error", "interrupted"]);
export type RunEndReason = z.infer<typeof RunEndReason>;

export const RunStartEvent = z.object({
  type: z.literal("run-start"),
  /** The assistant message this run writes into. */
  messageId: z.string(),
  agentId: z.string().optional(),
  model: ModelRef.optional(),
});

/** Always the last event of a run; `interrupted` is written on restart for a run the server lost. */
export const RunEndEvent = z.object({
  type: z.literal("run-end"),
  reason: RunEndReason,
});

export const runEvents = [RunStartEvent, RunEndEvent] as const;
