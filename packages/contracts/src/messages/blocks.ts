import { z } from "zod";
import { ErrorCode } from "../errors.js";
import { RenderPlan } from "./render-plan.js";

export const MessageRole = z.enum(["user", "assistant", "system"]);
export type MessageRole = z.infer<typeof MessageRole>;

export const MessageStatus = z.enum(["streaming", "complete", "error", "cancelled"]);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const TextBlock = z.object({
  type: z.literal("text"),
  id: z.string(),
  text: z.string(),
});
export type TextBlock = z.infer<typeof TextBlock>;

export const ReasoningBlock = z.object({
  type: z.literal("reasoning"),
  id: z.string(),
  text: z.string(),
  state: z.enum(["streaming", "done"]),
  startedAt: z.iso.datetime().optional(),
  /** Wall time between reasoning-start and reasoning-end, from the envelopes' `time`. */
  durationMs: z.number().nonnegative().optional(),
});
export type ReasoningBlock = z.infer<typeof ReasoningBlock>;

export const ToolRisk = z.enum(["read", "write", "execute", "network"]);
export type ToolRisk = z.infer<typeof ToolRisk>;

export const ApprovalDecision = z.enum(["allow-once", "allow-chat", "allow-always", "deny"]);
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

export const ToolCallState = z.enum(["pending", "awaiting-approval", "running", "complete", "error", "denied"]);
export type ToolCallState = z.infer<typeof ToolCallState>;

export const ToolCallBlock = z.object({
  type: z.literal("tool-call"),
  /** The tool call id the model gave; unique within a run. */
  id: z.string(),
  /** Canonical tool id: `builtin:x`, `toolset:set/x` or `mcp:server/x`. */
  toolId: z.string(),
  toolName: z.string(),
  state: ToolCallState,
  /** Raw argument text as it streams in; `input` holds the parsed arguments once complete. */
  inputText: z.string(),
  input: z.unknown().optional(),
  approval: z
    .object({
      approvalId: z.string(),
      risk: ToolRisk,
      reason: z.string().optional(),
      preview: RenderPlan.optional(),
      decision: ApprovalDecision.optional(),
    })
    .optional(),
  progress: z.object({ progress: z.number(), total: z.number().optional(), message: z.string().optional() }).optional(),
  result: z
    .object({
      output: z.unknown(),
      isError: z.boolean(),
      truncated: z.boolean().optional(),
      durationMs: z.number().nonnegative().optional(),
    })
    .optional(),
  renderPlan: RenderPlan.optional(),
});
export type ToolCallBlock = z.infer<typeof ToolCallBlock>;

export const AttachmentBlock = z.object({
  type: z.literal("attachment"),
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  /** Where the attachment lives in the chat's workspace. */
  path: z.string().optional(),
});
export type AttachmentBlock = z.infer<typeof AttachmentBlock>;

export const ErrorBlock = z.object({
  type: z.literal("error"),
  code: ErrorCode,
  message: z.string(),
  retryable: z.boolean(),
});
export type ErrorBlock = z.infer<typeof ErrorBlock>;

export const FileChangeKind = z.enum(["added", "modified", "deleted", "renamed"]);
export type FileChangeKind = z.infer<typeof FileChangeKind>;

export const FileChange = z.object({
  path: z.string(),
  kind: FileChangeKind,
  previousPath: z.string().optional(),
});
export type FileChange = z.infer<typeof FileChange>;

export const WorkspaceChangeBlock = z.object({
  type: z.literal("workspace-change"),
  manifestId: z.string().optional(),
  changes: z.array(FileChange),
});
export type WorkspaceChangeBlock = z.infer<typeof WorkspaceChangeBlock>;

export const MemberRunStatus = z.enum(["running", "complete", "error", "cancelled"]);
export type MemberRunStatus = z.infer<typeof MemberRunStatus>;

/** A sub-agent or flow node that ran inside this turn, with its own nested blocks. */
export interface MemberRunBlock {
  type: "member-run";
  id: string;
  name: string;
  kind: "agent" | "node";
  nodeId?: string | undefined;
  status: MemberRunStatus;
  blocks: Block[];
}

export type Block =
  TextBlock | ReasoningBlock | ToolCallBlock | MemberRunBlock | AttachmentBlock | ErrorBlock | WorkspaceChangeBlock;

export const MemberRunBlock: z.ZodType<MemberRunBlock> = z.object({
  type: z.literal("member-run"),
  id: z.string(),
  name: z.string(),
  kind: z.enum(["agent", "node"]),
  nodeId: z.string().optional(),
  status: MemberRunStatus,
  get blocks() {
    return z.array(Block);
  },
});

export const Block: z.ZodType<Block> = z.lazy(() =>
  z.union([
    TextBlock,
    ReasoningBlock,
    ToolCallBlock,
    MemberRunBlock,
    AttachmentBlock,
    ErrorBlock,
    WorkspaceChangeBlock,
  ]),
);

export const Usage = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  reasoningTokens: z.number().int().nonnegative().optional(),
  cachedInputTokens: z.number().int().nonnegative().optional(),
});
export type Usage = z.infer<typeof Usage>;

/**
 * What an assistant message holds: its ordered blocks plus the `seq` of the last run event folded
 * into them. Storing `seq` lets a client load a checkpointed message and resume the live stream
 * at `after=seq` with no gap and no duplicate.
 */
export const MessageContent = z.object({
  seq: z.number().int().nonnegative(),
  status: MessageStatus,
  blocks: z.array(Block),
  usage: Usage.optional(),
});
export type MessageContent = z.infer<typeof MessageContent>;
