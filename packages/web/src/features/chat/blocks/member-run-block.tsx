import type { MemberRunBlock } from "@covalt/contracts";
import { Bot, Workflow } from "lucide-react";
import { memo } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { BlockList } from "./block-list.js";

const statusLabels: Record<MemberRunBlock["status"], string> = {
  running: "Working…",
  complete: "Done",
  error: "Failed",
  cancelled: "Stopped",
};

/** A sub-agent or flow node that ran inside this answer, with its own blocks indented below. */
export const MemberRunBlockView = memo(function MemberRunBlockView({ block }: { block: MemberRunBlock }) {
  const Icon = block.kind === "agent" ? Bot : Workflow;
  return (
    <div data-testid="member-run-block" data-status={block.status} className="my-2">
      <p className="flex items-center gap-2 text-[13px] text-fg-muted">
        <Icon className="size-3.5" aria-hidden="true" />
        <span className="font-medium text-fg">{block.name}</span>
        <span
          className={classNames(
            "text-[12px]",
            block.status === "error" ? "text-danger-fg" : block.status === "running" && "thinking-shimmer",
          )}
        >
          {statusLabels[block.status]}
        </span>
      </p>
      {block.blocks.length > 0 && (
        <div className="mt-1 border-l-2 border-line pl-3.5">
          <BlockList blocks={block.blocks} streaming={block.status === "running"} />
        </div>
      )}
    </div>
  );
});
