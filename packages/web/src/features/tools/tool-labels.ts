import type { ApprovalAuditEntry, ApprovalMode, ToolRisk } from "@covalt/contracts";

export const riskLabels: Record<ToolRisk, string> = {
  read: "Read",
  write: "Write",
  execute: "Execute",
  network: "Network",
};

export const riskTones: Record<ToolRisk, string> = {
  read: "bg-hover text-fg-muted",
  write: "bg-warning-soft text-warning-fg",
  execute: "bg-danger-soft text-danger-fg",
  network: "bg-accent-soft text-accent-fg",
};

export const approvalLabels: Record<ApprovalMode, string> = {
  auto: "Allow automatically",
  ask: "Ask every time",
  deny: "Never allow",
};

/** What "Default (…)" says in an approval select, short enough for a narrow select. */
export const approvalShortLabels: Record<ApprovalMode, string> = { auto: "Allow", ask: "Ask", deny: "Never" };

/** Short forms for the picker's markers. */
export const approvalMarkers: Record<ApprovalMode, string> = { auto: "Auto", ask: "Asks", deny: "Blocked" };

export const approvalModes: readonly ApprovalMode[] = ["auto", "ask", "deny"];

/** The value of a "Default" option in an approval select; every other value is an ApprovalMode. */
export const defaultApprovalValue = "default";

export function parseApprovalValue(value: string): ApprovalMode | null {
  return approvalModes.find((mode) => mode === value) ?? null;
}

export const outcomeLabels: Record<ApprovalAuditEntry["outcome"], string> = {
  "allow-once": "Allowed once",
  "allow-chat": "Allowed for chat",
  "allow-always": "Always allowed",
  deny: "Denied",
  "auto-allowed": "Auto-allowed",
  "auto-denied": "Auto-denied",
  cancelled: "Cancelled",
};

export function outcomeTone(outcome: ApprovalAuditEntry["outcome"]): string {
  if (outcome === "deny" || outcome === "auto-denied") return "bg-danger-soft text-danger-fg";
  if (outcome === "cancelled") return "bg-hover text-fg-muted";
  return "bg-success-soft text-success-fg";
}

export const decidedByLabels: Record<ApprovalAuditEntry["decidedBy"], string> = {
  user: "decided by you",
  policy: "decided by policy",
  "chat-allowance": "decided by the chat's allowance",
};
