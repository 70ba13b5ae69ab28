import type { ToolInfo } from "@covalt/contracts";
import { Ban, Check, Minus, ShieldQuestion } from "lucide-react";
import { classNames } from "../../shared/ui/class-names.js";
import { RiskBadge } from "./risk-badge.js";
import { approvalMarkers } from "./tool-labels.js";
import type { GroupState, ToolGroup } from "./tool-selection.js";

function CheckMark({ state }: { state: GroupState }) {
  return (
    <span
      aria-hidden="true"
      className={classNames(
        "flex size-4 shrink-0 items-center justify-center rounded-[5px] border transition-colors duration-100",
        state === "none" ? "border-line-strong bg-card" : "border-accent bg-accent text-on-accent",
      )}
    >
      {state === "all" && <Check className="size-3" strokeWidth={3} />}
      {state === "some" && <Minus className="size-3" strokeWidth={3} />}
    </span>
  );
}

interface RowProps {
  id: string;
  active: boolean;
  onHover: () => void;
  onToggle: () => void;
}

export function GroupRow({
  id,
  active,
  onHover,
  onToggle,
  group,
  state,
}: RowProps & { group: ToolGroup; state: GroupState }) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={state === "all"}
      aria-checked={state === "some" ? "mixed" : state === "all"}
      data-testid={`tool-picker-${group.key}`}
      title={group.selector ? `All tools of ${group.name}, including ones it adds later` : undefined}
      onPointerMove={onHover}
      onClick={onToggle}
      className={classNames(
        "mt-1 flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-1.5 first:mt-0",
        active && "bg-hover",
      )}
    >
      <CheckMark state={state} />
      <span className="min-w-0 flex-1 truncate text-[12px] font-semibold tracking-wide text-fg-muted uppercase">
        {group.name}
      </span>
    </div>
  );
}

export function ToolRow({
  id,
  active,
  onHover,
  onToggle,
  tool,
  selected,
}: RowProps & { tool: ToolInfo; selected: boolean }) {
  const marker = tool.approval === "auto" ? undefined : tool.approval;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-checked={selected}
      data-testid={`tool-picker-tool-${tool.name}`}
      data-tool-id={tool.id}
      data-approval={tool.approval}
      onPointerMove={onHover}
      onClick={onToggle}
      className={classNames(
        "flex cursor-pointer items-center gap-2.5 rounded-lg py-1.5 pr-2.5 pl-5",
        active && "bg-hover",
      )}
    >
      <CheckMark state={selected ? "all" : "none"} />
      <span className="min-w-0 flex-1">
        <span className="block truncate font-mono text-[12.5px] text-fg">{tool.name}</span>
        <span className="block truncate text-[11.5px] text-fg-subtle" title={tool.description}>
          {tool.description}
        </span>
      </span>
      {marker && (
        <span
          title={marker === "ask" ? "Asks for your approval before each call" : "Calls are refused"}
          className={classNames(
            "flex shrink-0 items-center gap-0.5 text-[10.5px] font-medium",
            marker === "ask" ? "text-warning-fg" : "text-danger-fg",
          )}
        >
          {marker === "ask" ? (
            <ShieldQuestion className="size-3" aria-hidden="true" />
          ) : (
            <Ban className="size-3" aria-hidden="true" />
          )}
          {approvalMarkers[marker]}
        </span>
      )}
      <RiskBadge risk={tool.risk} />
    </div>
  );
}
