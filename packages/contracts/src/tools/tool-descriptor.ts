import { z } from "zod";
import { ToolRisk } from "../messages/blocks.js";

/** What happens when a model calls a tool: run it, ask the user first, or refuse. */
export const ApprovalMode = z.enum(["auto", "ask", "deny"]);
export type ApprovalMode = z.infer<typeof ApprovalMode>;

/**
 * How a tool's result (or its approval preview) should be shown, before templating: string values
 * may reference `$args.x`, `$return.y` and (for previews) `$preview.z`; core's render-plan builder
 * turns a spec plus the call's values into a `RenderPlan`.
 */
export const RendererSpec = z.object({
  renderer: z.string().min(1),
  title: z.string().optional(),
  config: z.record(z.string(), z.unknown()).optional(),
});
export type RendererSpec = z.infer<typeof RendererSpec>;

export const ToolSourceKind = z.enum(["builtin", "toolset", "mcp"]);
export type ToolSourceKind = z.infer<typeof ToolSourceKind>;

/** Where a tool comes from: a toolset id, an MCP server id, or `builtin`. */
export const ToolSource = z.object({
  kind: ToolSourceKind,
  id: z.string(),
  /** Display name of the toolset or server, for grouping in pickers. */
  name: z.string(),
});
export type ToolSource = z.infer<typeof ToolSource>;

/** One tool as the registry knows it, whatever runs it. */
export const ToolDescriptor = z.object({
  /** Canonical id: `builtin:<tool>`, `toolset:<toolset>/<tool>` or `mcp:<server>/<tool>`. */
  id: z.string(),
  /** The tool's own name inside its source, e.g. `write_file`. */
  name: z.string(),
  title: z.string().optional(),
  description: z.string(),
  /** JSON Schema (draft 2020-12 or 07) of the arguments object. */
  inputSchema: z.record(z.string(), z.unknown()),
  risk: ToolRisk,
  defaultApproval: ApprovalMode,
  /** How results render; absent means the default card. */
  renderer: RendererSpec.optional(),
  /** What an approval request shows, e.g. a diff of the file a write would change. */
  approvalRenderer: RendererSpec.optional(),
  /** Longest a call may run before it is stopped. */
  timeoutMs: z.number().int().positive().optional(),
  source: ToolSource,
});
export type ToolDescriptor = z.infer<typeof ToolDescriptor>;
