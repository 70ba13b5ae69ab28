import { z } from "zod";

/**
 * The configuration each built-in renderer reads from `RenderPlan.config`. The web validates a
 * plan against its renderer's schema and falls back to the default card when it does not fit, so
 * a toolset with a wrong config shows its raw result instead of breaking the transcript.
 */
export const rendererConfigs = {
  markdown: z.object({ content: z.string() }),
  code: z.object({ content: z.string(), language: z.string().optional(), path: z.string().optional() }),
  diff: z.object({
    before: z.string(),
    after: z.string(),
    path: z.string().optional(),
    language: z.string().optional(),
  }),
  json: z.object({ value: z.unknown() }),
  table: z.object({
    columns: z.array(z.string()).optional(),
    rows: z.array(z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())])),
  }),
  /** `src` is a `data:image/…` URL or an http(s) URL. */
  image: z.object({ src: z.string(), alt: z.string().optional() }),
  terminal: z.object({ output: z.string(), command: z.string().optional(), exitCode: z.number().optional() }),
  /** A whole HTML document, shown in a sandboxed iframe on an opaque origin; `data` is handed to it. */
  html: z.object({ content: z.string(), data: z.unknown().optional() }),
  /** A page at an http(s) URL, in a sandboxed iframe. */
  frame: z.object({ url: z.string() }),
} as const;

export type BuiltinRendererId = keyof typeof rendererConfigs;
export type RendererConfig<Id extends BuiltinRendererId> = z.infer<(typeof rendererConfigs)[Id]>;
