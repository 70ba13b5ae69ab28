import type { ToolRisk } from "@covalt/contracts";
import { Eye, Globe, Pencil, SquareTerminal } from "lucide-react";
import { classNames } from "../../../shared/ui/class-names.js";

const risks: Record<ToolRisk, { label: string; className: string; Icon: typeof Eye }> = {
  read: { label: "Reads", className: "bg-success-soft text-success-fg", Icon: Eye },
  write: { label: "Writes", className: "bg-warning-soft text-warning-fg", Icon: Pencil },
  execute: { label: "Runs code", className: "bg-danger-soft text-danger-fg", Icon: SquareTerminal },
  network: { label: "Uses the network", className: "bg-accent-soft text-accent-fg", Icon: Globe },
};

export function ApprovalRiskBadge({ risk }: { risk: ToolRisk }) {
  const { label, className, Icon } = risks[risk];
  return (
    <span
      data-testid="approval-risk"
      data-risk={risk}
      className={classNames(
        "inline-flex shrink-0 items-center gap-1 rounded-md px-1.5 py-0.5 text-[11.5px] font-medium",
        className,
      )}
    >
      <Icon className="size-3" aria-hidden="true" />
      {label}
    </span>
  );
}
