import type { ToolInfo } from "@covalt/contracts";
import { useEffect, useId } from "react";
import { classNames } from "../../shared/ui/class-names.js";
import { RiskBadge } from "./risk-badge.js";
import { mentionNameFor } from "./tool-mentions.js";

interface ToolMentionListProps {
  suggestions: readonly ToolInfo[];
  /** Every listed tool, to tell when a name needs its source to be unambiguous. */
  tools: readonly ToolInfo[];
  activeIndex: number;
  onHover: (index: number) => void;
  onPick: (tool: ToolInfo) => void;
}

/** The `@` suggestions above the composer; the textarea keeps focus and drives it with the keyboard. */
export function ToolMentionList({ suggestions, tools, activeIndex, onHover, onPick }: ToolMentionListProps) {
  const listId = useId();
  useEffect(() => {
    document.getElementById(`${listId}-${String(activeIndex)}`)?.scrollIntoView({ block: "nearest" });
  }, [listId, activeIndex]);

  return (
    <div
      id={listId}
      role="listbox"
      aria-label="Tools to mention"
      data-testid="tool-mention-list"
      className="absolute bottom-full left-2 z-30 mb-2 max-h-64 w-[min(360px,calc(100%-1rem))] animate-appear overflow-y-auto rounded-xl border border-line bg-card p-1.5 shadow-float"
    >
      {suggestions.map((tool, index) => (
        <div
          key={tool.id}
          id={`${listId}-${String(index)}`}
          role="option"
          aria-selected={index === activeIndex}
          data-testid={`tool-mention-${tool.name}`}
          // Keep focus (and the caret) in the textarea.
          onPointerDown={(event) => {
            event.preventDefault();
          }}
          onPointerMove={() => {
            onHover(index);
          }}
          onClick={() => {
            onPick(tool);
          }}
          className={classNames(
            "flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-1.5",
            index === activeIndex && "bg-hover",
          )}
        >
          <span className="min-w-0 flex-1">
            <span className="block truncate font-mono text-[12.5px] text-fg">@{mentionNameFor(tool, tools)}</span>
            <span className="block truncate text-[11.5px] text-fg-subtle">
              {tool.source.name} · {tool.description}
            </span>
          </span>
          <RiskBadge risk={tool.risk} />
        </div>
      ))}
    </div>
  );
}
