import type { ApprovalMode } from "@covalt/contracts";
import { classNames } from "../../shared/ui/class-names.js";
import { approvalLabels, approvalModes, defaultApprovalValue, parseApprovalValue } from "./tool-labels.js";

interface ApprovalSelectProps {
  /** The user's override; null follows the default. */
  value: ApprovalMode | null;
  /** What "Default" means here, e.g. "Ask every time" or "each tool's own". */
  defaultLabel: string;
  onChange: (value: ApprovalMode | null) => void;
  label: string;
  disabled?: boolean;
  testId?: string;
}

export function ApprovalSelect({
  value,
  defaultLabel,
  onChange,
  label,
  disabled = false,
  testId,
}: ApprovalSelectProps) {
  return (
    <select
      aria-label={label}
      title={label}
      disabled={disabled}
      data-testid={testId}
      value={value ?? defaultApprovalValue}
      onChange={(event) => {
        onChange(parseApprovalValue(event.target.value));
      }}
      className={classNames(
        "h-7 max-w-[200px] min-w-0 rounded-lg border border-line bg-canvas px-2 text-[12.5px] text-fg outline-none",
        "transition-colors duration-150 hover:border-line-strong focus-visible:border-focus disabled:opacity-50",
        value === "deny" && "text-danger-fg",
      )}
    >
      <option value={defaultApprovalValue}>Default ({defaultLabel})</option>
      {approvalModes.map((mode) => (
        <option key={mode} value={mode}>
          {approvalLabels[mode]}
        </option>
      ))}
    </select>
  );
}
