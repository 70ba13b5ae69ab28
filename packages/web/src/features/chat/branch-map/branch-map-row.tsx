import { ChevronRight, CornerDownRight } from "lucide-react";
import { memo } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import type { BranchRow } from "./branch-tree.js";

/** Indentation stops growing here, so a deeply nested side branch stays readable in a narrow panel. */
const maxIndentDepth = 8;
const indentPx = 14;

interface BranchMapRowProps {
  row: BranchRow;
  focused: boolean;
  onToggle: (segmentId: string) => void;
  onOpen: (row: BranchRow) => void;
}

/** One segment: a stretch of messages with no branch inside it, drawn as one line of the map. */
export const BranchMapRow = memo(function BranchMapRow({ row, focused, onToggle, onOpen }: BranchMapRowProps) {
  const { segment } = row;
  const indent = Math.min(row.depth, maxIndentDepth) * indentPx;
  return (
    <div
      role="treeitem"
      id={`branch-${segment.id}`}
      aria-level={row.depth + 1}
      aria-expanded={row.sideBranchCount > 0 ? row.expanded : undefined}
      aria-selected={row.current}
      aria-current={row.current ? "location" : undefined}
      tabIndex={focused ? 0 : -1}
      data-testid="branch-segment"
      data-segment-id={segment.id}
      data-on-active-path={segment.onActivePath}
      data-current={row.current}
      title={`${segment.preview}\n${segment.length} ${segment.length === 1 ? "message" : "messages"}`}
      onClick={() => {
        onOpen(row);
      }}
      className={classNames(
        "group flex h-8 cursor-pointer items-center gap-1.5 rounded-lg pr-2 text-[13px] outline-none select-none",
        "hover:bg-hover focus-visible:bg-hover focus-visible:ring-2 focus-visible:ring-focus/40",
        row.current && "bg-selected hover:bg-selected",
      )}
      style={{ paddingLeft: 6 + indent }}
    >
      {row.side ? (
        <CornerDownRight
          className={classNames("size-3.5 shrink-0", segment.onActivePath ? "text-accent-fg" : "text-fg-subtle")}
          aria-label="Branch"
        />
      ) : (
        <span
          aria-hidden="true"
          className={classNames(
            "mx-[3px] size-2 shrink-0 rounded-full border",
            segment.onActivePath ? "border-accent bg-accent" : "border-line-strong",
          )}
        />
      )}
      <span
        className={classNames(
          "min-w-0 flex-1 truncate",
          segment.onActivePath ? "font-medium text-fg" : "text-fg-muted",
        )}
      >
        {segment.preview || "(empty)"}
      </span>
      <span className="shrink-0 text-[11.5px] text-fg-subtle tabular-nums">{segment.length}</span>
      {row.sideBranchCount > 0 ? (
        <button
          type="button"
          tabIndex={-1}
          aria-label={
            row.expanded
              ? "Hide the branches that start here"
              : `Show the ${row.hiddenCount} ${row.hiddenCount === 1 ? "branch" : "branches"} that start here`
          }
          data-testid="branch-segment-toggle"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(segment.id);
          }}
          className={classNames(
            "flex h-5 shrink-0 items-center gap-0.5 rounded-md pr-0.5 pl-1.5 text-[11px] tabular-nums hover:bg-line",
            row.expanded ? "text-fg-subtle" : "bg-hover text-fg-muted",
          )}
        >
          {!row.expanded && `+${row.hiddenCount}`}
          <ChevronRight
            className={classNames("size-3.5 transition-transform duration-150", row.expanded && "rotate-90")}
            aria-hidden="true"
          />
        </button>
      ) : (
        <span className="w-5 shrink-0" />
      )}
    </div>
  );
});
