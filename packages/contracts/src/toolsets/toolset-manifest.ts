import { z } from "zod";
import { ToolRisk } from "../messages/blocks.js";
import { ApprovalMode } from "../tools/tool-descriptor.js";

/** Toolset ids become folder names and tool-id prefixes, so they stay lowercase slugs. */
export const ToolsetId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be a lowercase slug: letters a-z, digits and '-', at most 63 characters");
export type ToolsetId = z.infer<typeof ToolsetId>;

/** Tool names are what models see; providers accept only this alphabet and length. */
export const ToolsetToolName = z
  .string()
  .regex(/^[a-zA-Z0-9_-]{1,64}$/, "must be 1 to 64 characters of letters, digits, '_' or '-'");

/**
 * `renderer` / `approval_renderer` in the YAML: `type` names the renderer, every other key is its
 * config (string values may be templates such as `$args.path`, resolved by core's render-plan builder).
 */
export const ToolsetRendererEntry = z
  .object({
    type: z.string().min(1),
    title: z.string().optional(),
  })
  .catchall(z.unknown());
export type ToolsetRendererEntry = z.infer<typeof ToolsetRendererEntry>;

/** The arguments schema must describe an object: models always pass named arguments. */
export const ToolsetInputSchema = z.object({ type: z.literal("object") }).catchall(z.unknown());

/** Unknown keys are errors, so a typo such as `aproval:` is reported instead of silently ignored. */
export const ToolsetToolEntry = z.strictObject({
  name: ToolsetToolName,
  title: z.string().optional(),
  description: z.string().min(1),
  /** Relative path, inside the toolset folder, of a .ts/.js/.mjs file that default-exports `defineTool(...)`. */
  entry: z.string().regex(/\.(ts|js|mjs)$/, "must name a .ts, .js or .mjs file"),
  input_schema: ToolsetInputSchema,
  risk: ToolRisk,
  /** Absent means the risk's default; see `defaultApprovalFor`. */
  approval: ApprovalMode.optional(),
  timeout_ms: z.number().int().positive().optional(),
  renderer: ToolsetRendererEntry.optional(),
  approval_renderer: ToolsetRendererEntry.optional(),
});
export type ToolsetToolEntry = z.infer<typeof ToolsetToolEntry>;

/** The schema of `toolset.yaml`, the data half of a toolset (the other half is its tool code). */
export const ToolsetManifest = z
  .strictObject({
    manifest_version: z.literal("1").default("1"),
    id: ToolsetId,
    name: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    tools: z.array(ToolsetToolEntry),
  })
  .superRefine((manifest, context) => {
    const seen = new Set<string>();
    manifest.tools.forEach((tool, index) => {
      if (seen.has(tool.name)) {
        context.addIssue({
          code: "custom",
          path: ["tools", index, "name"],
          message: `is "${tool.name}", which an earlier tool already uses; tool names must be unique`,
        });
      }
      seen.add(tool.name);
    });
  });
export type ToolsetManifest = z.infer<typeof ToolsetManifest>;

/** Reading is harmless enough to run unasked; anything that changes or reaches out asks first. */
export function defaultApprovalFor(risk: ToolRisk): ApprovalMode {
  return risk === "read" ? "auto" : "ask";
}
