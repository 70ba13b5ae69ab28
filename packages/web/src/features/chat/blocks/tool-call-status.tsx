import type { ToolCallBlock } from "@covalt/contracts";
import { Ban, CircleX, ShieldQuestion, Wrench } from "lucide-react";
import { classNames } from "../../../shared/ui/class-names.js";
import { Spinner } from "../../../shared/ui/spinner.js";

export const stateLabels: Record<ToolCallBlock["state"], string> = {
  pending: "Preparing",
  "awaiting-approval": "Waiting for approval",
  running: "Running",
  complete: "Done",
  error: "Failed",
  denied: "Denied",
};

export function isActiveState(state: ToolCallBlock["state"]): boolean {
  return state === "pending" || state === "running";
}

export function isFailedCall(block: ToolCallBlock): boolean {
  return block.state === "error" || block.state === "denied" || block.result?.isError === true;
}

export function ToolCallStateIcon({ block }: { block: ToolCallBlock }) {
  const className = "size-3.5 shrink-0";
  if (isActiveState(block.state)) return <Spinner className={classNames(className, "text-accent-fg")} />;
  if (block.state === "awaiting-approval") {
    return <ShieldQuestion className={classNames(className, "text-warning-fg")} aria-hidden="true" />;
  }
  if (block.state === "denied") return <Ban className={classNames(className, "text-danger-fg")} aria-hidden="true" />;
  if (isFailedCall(block)) return <CircleX className={classNames(className, "text-danger-fg")} aria-hidden="true" />;
  return <Wrench className={classNames(className, "text-fg-subtle")} aria-hidden="true" />;
}

export function ToolCallStateLabel({ block }: { block: ToolCallBlock }) {
  const failed = isFailedCall(block);
  const label = block.state === "complete" && failed ? "Failed" : stateLabels[block.state];
  return (
    <span
      className={classNames(
        "shrink-0 text-[12px]",
        failed
          ? "text-danger-fg"
          : block.state === "awaiting-approval"
            ? "font-medium text-warning-fg"
            : isActiveState(block.state)
              ? "thinking-shimmer"
              : "text-fg-subtle",
      )}
    >
      {label}
    </span>
  );
}

/** A determinate bar when the tool reports a total, an indeterminate sweep otherwise. */
export function ToolCallProgress({
  progress,
  fraction,
}: {
  progress: NonNullable<ToolCallBlock["progress"]>;
  fraction: number | undefined;
}) {
  return (
    <div className="px-3 pb-2.5">
      <div
        role="progressbar"
        aria-label={progress.message ?? "Progress"}
        aria-valuemin={0}
        aria-valuemax={fraction === undefined ? undefined : 100}
        aria-valuenow={fraction === undefined ? undefined : Math.round(fraction * 100)}
        className="h-1 overflow-hidden rounded-full bg-hover"
      >
        <div
          className={classNames(
            "h-full rounded-full bg-accent transition-[width] duration-300",
            fraction === undefined && "w-1/3 animate-pulse",
          )}
          style={fraction === undefined ? undefined : { width: `${fraction * 100}%` }}
        />
      </div>
      {progress.message !== undefined && (
        <p className="mt-1 truncate text-[11.5px] text-fg-subtle">{progress.message}</p>
      )}
    </div>
  );
}
