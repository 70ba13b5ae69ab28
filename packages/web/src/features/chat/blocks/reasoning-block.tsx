import type { ReasoningBlock } from "@covalt/contracts";
import { Brain, ChevronRight } from "lucide-react";
import { memo, useState } from "react";
import { classNames } from "../../../shared/ui/class-names.js";

function thoughtLabel(block: ReasoningBlock): string {
  if (block.state === "streaming") return "Thinking…";
  if (block.durationMs === undefined) return "Thought";
  const seconds = Math.max(1, Math.round(block.durationMs / 1000));
  return seconds < 60 ? `Thought for ${seconds}s` : `Thought for ${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}

/**
 * The model's reasoning: open while it streams so the user sees progress, folded once done
 * unless the user chose otherwise.
 */
export const ReasoningBlockView = memo(function ReasoningBlockView({ block }: { block: ReasoningBlock }) {
  const [userOpen, setUserOpen] = useState<boolean | undefined>(undefined);
  const streaming = block.state === "streaming";
  const open = userOpen ?? streaming;
  return (
    <div data-testid="reasoning-block" data-state={block.state} className="my-1">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          setUserOpen(!open);
        }}
        className="group -ml-1.5 flex items-center gap-1.5 rounded-md px-1.5 py-1 text-[13px] text-fg-muted transition-colors duration-150 hover:text-fg"
      >
        <Brain className={classNames("size-3.5", streaming && "animate-breathe text-accent-fg")} aria-hidden="true" />
        <span className={classNames(streaming && "thinking-shimmer")}>{thoughtLabel(block)}</span>
        <ChevronRight
          className={classNames("size-3.5 transition-transform duration-150", open && "rotate-90")}
          aria-hidden="true"
        />
      </button>
      {open && block.text !== "" && (
        <div className="mt-1 mb-2 border-l-2 border-line pl-3.5 text-[13px] leading-relaxed whitespace-pre-wrap text-fg-muted">
          {block.text}
        </div>
      )}
    </div>
  );
});
