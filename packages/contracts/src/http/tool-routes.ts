import { z } from "zod";
import { ApprovalDecision } from "../messages/blocks.js";
import { ApprovalMode, ToolDescriptor } from "../tools/tool-descriptor.js";
import { Ok } from "./provider-routes.js";
import { defineRoute } from "./route.js";

/** A tool with the approval that applies to it now, after the user's overrides. */
export const ToolInfo = ToolDescriptor.extend({
  approval: ApprovalMode,
  /** The user's override for this tool alone, if any. */
  override: ApprovalMode.nullable(),
});
export type ToolInfo = z.infer<typeof ToolInfo>;

export const ToolsetInfo = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  description: z.string(),
  /** Shipped with Covalt; cannot be uninstalled, only disabled. */
  builtin: z.boolean(),
  enabled: z.boolean(),
  toolCount: z.number().int().nonnegative(),
  /** The user's override for every tool of this toolset, if any. */
  override: ApprovalMode.nullable(),
  installedAt: z.number(),
});
export type ToolsetInfo = z.infer<typeof ToolsetInfo>;

export const InstallToolsetRequest = z.union([
  z.object({ path: z.string().min(1, "Give the folder that holds toolset.yaml.") }),
  z.object({ zipBase64: z.string().min(1).max(40_000_000, "A toolset zip may be at most 30 MB.") }),
]);
export type InstallToolsetRequest = z.infer<typeof InstallToolsetRequest>;

/** `target` is a canonical tool id or `toolset:<id>` for all of a toolset's tools; null removes the override. */
export const ToolPolicyUpdate = z.object({
  target: z.string().min(1),
  approval: ApprovalMode.nullable(),
});
export type ToolPolicyUpdate = z.infer<typeof ToolPolicyUpdate>;

export const ApprovalAnswer = z.object({
  decision: ApprovalDecision,
  /** The arguments as the user edited them; they replace the model's when the call is allowed. */
  input: z.unknown().optional(),
});
export type ApprovalAnswer = z.infer<typeof ApprovalAnswer>;

export const ApprovalOutcome = z.enum([
  "allow-once",
  "allow-chat",
  "allow-always",
  "deny",
  "auto-allowed",
  "auto-denied",
  "cancelled",
]);
export type ApprovalOutcome = z.infer<typeof ApprovalOutcome>;

/** One line of the approval audit log: who decided what about which call. */
export const ApprovalAuditEntry = z.object({
  id: z.number().int(),
  at: z.number(),
  chatId: z.string(),
  runId: z.string(),
  toolCallId: z.string(),
  toolId: z.string(),
  outcome: ApprovalOutcome,
  decidedBy: z.enum(["user", "policy", "chat-allowance"]),
  /** The user changed the arguments before allowing. */
  editedInput: z.boolean(),
});
export type ApprovalAuditEntry = z.infer<typeof ApprovalAuditEntry>;

export const toolRoutes = {
  listTools: defineRoute({
    method: "get",
    path: "/api/tools",
    summary: "Every tool of every enabled toolset, with the approval that applies to it.",
    auth: "token",
    body: undefined,
    response: z.object({ tools: z.array(ToolInfo) }),
  }),
  listToolsets: defineRoute({
    method: "get",
    path: "/api/toolsets",
    summary: "Installed toolsets, built-in ones first.",
    auth: "token",
    body: undefined,
    response: z.object({ toolsets: z.array(ToolsetInfo) }),
  }),
  installToolset: defineRoute({
    method: "post",
    path: "/api/toolsets",
    summary: "Installs (or replaces) a toolset from a folder on this machine or an uploaded zip.",
    auth: "token",
    body: InstallToolsetRequest,
    response: ToolsetInfo,
  }),
  updateToolset: defineRoute({
    method: "patch",
    path: "/api/toolsets/:toolsetId",
    summary: "Enables or disables a toolset.",
    auth: "token",
    body: z.object({ enabled: z.boolean() }),
    response: ToolsetInfo,
  }),
  uninstallToolset: defineRoute({
    method: "delete",
    path: "/api/toolsets/:toolsetId",
    summary: "Removes an installed toolset and its files.",
    auth: "token",
    body: undefined,
    response: Ok,
  }),
  setToolPolicy: defineRoute({
    method: "put",
    path: "/api/tool-policies",
    summary: "Overrides the approval of one tool or a whole toolset (null restores the default).",
    auth: "token",
    body: ToolPolicyUpdate,
    response: Ok,
  }),
  answerApproval: defineRoute({
    method: "post",
    path: "/api/runs/:runId/approvals/:approvalId",
    summary: "Answers a tool approval request of a waiting run.",
    auth: "token",
    body: ApprovalAnswer,
    response: Ok,
  }),
  listApprovalAudit: defineRoute({
    method: "get",
    path: "/api/approval-audit",
    summary: "Recent approval decisions, newest first.",
    auth: "token",
    body: undefined,
    query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
    response: z.object({ entries: z.array(ApprovalAuditEntry) }),
  }),
};
