import { z } from "zod";
import { Usage } from "../../messages/blocks.js";
import { ModelRef } from "../../ids.js";

/** Token usage of one model step; a turn with several steps sends several and they add up. */
export const UsageEvent = Usage.extend({
  type: z.literal("usage"),
  model: ModelRef.optional(),
});

export const usageEvents = [UsageEvent] as const;
