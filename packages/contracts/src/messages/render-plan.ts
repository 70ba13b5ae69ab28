import { z } from "zod";

/**
 * How a tool result (or an approval preview) is shown: a renderer id from the renderer registry
 * plus that renderer's configuration. Built by exactly one builder in core.
 */
export const RenderPlan = z.object({
  renderer: z.string().min(1),
  title: z.string().optional(),
  config: z.record(z.string(), z.unknown()).optional(),
});
export type RenderPlan = z.infer<typeof RenderPlan>;
