import { z } from "zod";
import { ApprovalDecision, ToolRisk } from "../../messages/blocks.js";
import { RenderPlan } from "../../messages/render-plan.js";

/**
 * A tool call's life: start → input deltas → input end → (approval request → response)? →
 * execution start → progress* → result. A denied call ends at the approval response.
 */
export const ToolCallStartEvent = z.object({
  type: z.literal("tool-call-start"),
  toolCallId: z.string(),
  /** Canonical tool id (`builtin:…`, `toolset:…/…`, `mcp:…/…`). */
  toolId: z.string(),
  toolName: z.string(),
});

export const ToolInputDeltaEvent = z.object({
  type: z.literal("tool-input-delta"),
  toolCallId: z.string(),
  delta: z.string(),
});

export const ToolInputEndEvent = z.object({
  type: z.literal("tool-input-end"),
  toolCallId: z.string(),
  input: z.unknown(),
});

export const ToolApprovalRequestEvent = z.object({
  type: z.literal("tool-approval-request"),
  toolCallId: z.string(),
  approvalId: z.string(),
  risk: ToolRisk,
  reason: z.string().optional(),
  /** What the user is asked to approve, e.g. a diff before a write. */
  preview: RenderPlan.optional(),
});

export const ToolApprovalResponseEvent = z.object({
  type: z.literal("tool-approval-response"),
  toolCallId: z.string(),
  approvalId: z.string(),
  decision: ApprovalDecision,
  /** Arguments as edited by the user before allowing; they replace the model's. */
  input: z.unknown().optional(),
});

export const ToolExecutionStartEvent = z.object({
  type: z.literal("tool-execution-start"),
  toolCallId: z.string(),
});

export const ToolProgressEvent = z.object({
  type: z.literal("tool-progress"),
  toolCallId: z.string(),
  progress: z.number(),
  total: z.number().optional(),
  message: z.string().optional(),
});

export const ToolResultEvent = z.object({
  type: z.literal("tool-result"),
  toolCallId: z.string(),
  output: z.unknown(),
  isError: z.boolean(),
  truncated: z.boolean().optional(),
  durationMs: z.number().nonnegative(),
  renderPlan: RenderPlan.optional(),
});

export const toolEvents = [
  ToolCallStartEvent,
  ToolInputDeltaEvent,
  ToolInputEndEvent,
  ToolApprovalRequestEvent,
  ToolApprovalResponseEvent,
  ToolExecutionStartEvent,
  ToolProgressEvent,
  ToolResultEvent,
] as const;
