import type { ToolCallBlock } from "@covalt/contracts";
import { ChevronRight, Layers } from "lucide-react";
import { memo, useState } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { groupNeedsAttention } from "./tool-call-groups.js";
import { ToolCallBlockView } from "./tool-call-block.js";
import { useToolSourceLabel } from "./use-tool-source-label.js";
import { useCallsAsked } from "./use-calls-asked.js";
import { isActiveState, isFailedCall } from "./tool-call-status.js";

function groupStatus(blocks: readonly ToolCallBlock[]): { text: string; failed: boolean; active: boolean } {
  const failed = blocks.filter(isFailedCall).length;
  const active = blocks.filter((block) => isActiveState(block.state)).length;
  const parts = [];
  if (active > 0) parts.push(`${active} running`);
  if (failed > 0) parts.push(`${failed} failed`);
  if (parts.length === 0) parts.push("Done");
  return { text: parts.join(" · "), failed: failed > 0, active: active > 0 };
}

/** Adjacent calls of one tool as a single row ("read_file × 3") that opens to the individual cards. */
export const ToolCallGroupView = memo(function ToolCallGroupView({ blocks }: { blocks: readonly ToolCallBlock[] }) {
  const [userOpen, setUserOpen] = useState(false);
  const first = blocks[0];
  // A call waiting for an approval or for an MCP server's question must show its card.
  const asked = useCallsAsked(blocks);
  const forcedOpen = groupNeedsAttention(blocks) || asked;
  const source = useToolSourceLabel(first?.toolId ?? "");
  if (first === undefined) return null;
  const open = forcedOpen || userOpen;
  const status = groupStatus(blocks);
  return (
    <div data-testid="tool-call-group" data-tool-id={first.toolId} data-count={blocks.length} className="my-2">
      <button
        type="button"
        aria-expanded={open}
        disabled={forcedOpen}
        onClick={() => {
          setUserOpen(!userOpen);
        }}
        className="flex w-full items-center gap-2.5 rounded-xl border border-line bg-card px-3 py-2 text-left text-[13px] transition-colors hover:bg-hover/50 disabled:cursor-default"
      >
        {status.active ? (
          <Spinner className="size-3.5 shrink-0 text-accent-fg" />
        ) : (
          <Layers className="size-3.5 shrink-0 text-fg-subtle" aria-hidden="true" />
        )}
        <span className="min-w-0 flex-1 truncate font-mono text-[12.5px]">
          {source !== undefined && <span className="text-fg-subtle">{source} · </span>}
          <span className="text-fg">{first.toolName}</span>
          <span className="text-fg-subtle"> × {blocks.length}</span>
        </span>
        <span
          className={classNames(
            "shrink-0 text-[12px]",
            status.failed ? "text-danger-fg" : status.active ? "thinking-shimmer" : "text-fg-subtle",
          )}
        >
          {status.text}
        </span>
        <ChevronRight
          className={classNames("size-3.5 shrink-0 text-fg-subtle transition-transform", open && "rotate-90")}
          aria-hidden="true"
        />
      </button>
      {open && (
        <div className="mt-1 ml-3 border-l-2 border-line pl-3">
          {blocks.map((block) => (
            <ToolCallBlockView key={block.id} block={block} />
          ))}
        </div>
      )}
    </div>
  );
});
