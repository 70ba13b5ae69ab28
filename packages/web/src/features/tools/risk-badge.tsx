import type { ToolRisk } from "@covalt/contracts";
import { classNames } from "../../shared/ui/class-names.js";
import { riskLabels, riskTones } from "./tool-labels.js";

export function RiskBadge({ risk }: { risk: ToolRisk }) {
  return (
    <span
      data-risk={risk}
      title={`Risk: ${riskLabels[risk].toLowerCase()}`}
      className={classNames(
        "inline-flex h-[18px] shrink-0 items-center rounded-full px-1.5 text-[10.5px] font-medium",
        riskTones[risk],
      )}
    >
      {riskLabels[risk]}
    </span>
  );
}
