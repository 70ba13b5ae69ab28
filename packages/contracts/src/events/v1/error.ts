import { z } from "zod";
import { ErrorCode } from "../../errors.js";

/** A failure inside a run; the run then ends with `run-end { reason: "error" }`. */
export const ErrorEvent = z.object({
  type: z.literal("error"),
  code: ErrorCode,
  message: z.string(),
  retryable: z.boolean(),
});

export const errorEvents = [ErrorEvent] as const;
