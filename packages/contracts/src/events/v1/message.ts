import { z } from "zod";
import { ModelRef } from "../../ids.js";

export const MessageStartEvent = z.object({
  type: z.literal("message-start"),
  messageId: z.string(),
  parentId: z.string().nullable(),
  role: z.literal("assistant"),
  model: ModelRef.optional(),
});

export const messageEvents = [MessageStartEvent] as const;
