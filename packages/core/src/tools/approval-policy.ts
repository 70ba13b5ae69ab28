import type { ApprovalMode } from "@covalt/contracts";

export interface ApprovalPolicyInput {
  defaultApproval: ApprovalMode;
  /** The user's override for this one tool. */
  toolOverride?: ApprovalMode | undefined;
  /** The user's override for every tool of the tool's toolset or server. */
  sourceOverride?: ApprovalMode | undefined;
  /** The user answered "allow for this chat" for this tool earlier in the chat. */
  allowedInChat: boolean;
}

export interface ApprovalVerdict {
  mode: ApprovalMode;
  decidedBy: "policy" | "chat-allowance";
}

/**
 * What happens to one call: the most specific setting wins (tool, then toolset, then the tool's
 * own default). "Allow for this chat" only lifts `ask`: a tool the user set to `deny` stays denied.
 */
export function decideApproval(input: ApprovalPolicyInput): ApprovalVerdict {
  const mode = input.toolOverride ?? input.sourceOverride ?? input.defaultApproval;
  if (mode === "ask" && input.allowedInChat) return { mode: "auto", decidedBy: "chat-allowance" };
  return { mode, decidedBy: "policy" };
}
