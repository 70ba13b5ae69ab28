import type { ToolCallBlock } from "@covalt/contracts";
import { parseToolId } from "@covalt/core";
import { ChevronRight, Scissors } from "lucide-react";
import { memo, useState } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { McpInlineInteraction } from "../../mcp-interactions/mcp-inline-interaction.js";
import { useInlineInteractions } from "../../mcp-interactions/use-inline-interactions.js";
import { ApprovalCard } from "./approval-card.js";
import { formatDuration, progressFraction, toolCallSummary } from "./tool-call-display.js";
import { ToolCallDetails } from "./tool-call-details.js";
import { useToolSourceLabel } from "./use-tool-source-label.js";
import { useToolChatId } from "./tool-run-context.js";
import {
  isActiveState,
  isFailedCall,
  ToolCallProgress,
  ToolCallStateIcon,
  ToolCallStateLabel,
} from "./tool-call-status.js";

const decisionNotes: Partial<Record<NonNullable<NonNullable<ToolCallBlock["approval"]>["decision"]>, string>> = {
  "allow-chat": "Allowed for the rest of this chat.",
  "allow-always": "Always allowed from now on.",
  deny: "You denied this call; the model was told.",
};

/**
 * One tool call: a one-line header (state, name, summary, duration) that expands to the rendered
 * result and the arguments. A call waiting for approval shows the approval card instead; errors
 * start expanded so the message is visible without a click. A running MCP call also shows the
 * requests its server makes of the user meanwhile (a form to fill, a completion to approve).
 */
export const ToolCallBlockView = memo(function ToolCallBlockView({ block }: { block: ToolCallBlock }) {
  const [userOpen, setUserOpen] = useState<boolean | undefined>(undefined);
  const failed = isFailedCall(block);
  const awaiting = block.state === "awaiting-approval" && block.approval !== undefined;
  const open = userOpen ?? (failed && block.result !== undefined);
  const source = useToolSourceLabel(block.toolId);
  const summary = toolCallSummary(block);
  const duration = block.result?.durationMs;
  const decision = block.approval?.decision;
  const decisionNote = decision === undefined ? undefined : decisionNotes[decision];
  const chatId = useToolChatId();
  const tool = parseToolId(block.toolId);
  const interactions = useInlineInteractions({
    chatId,
    serverId: tool?.kind === "mcp" ? tool.source : undefined,
    running: block.state === "running",
  });
  const asking = interactions.shown.length > 0;

  return (
    <div
      data-testid="tool-call-block"
      data-state={block.state}
      data-tool-id={block.toolId}
      className={classNames(
        "my-2 overflow-hidden rounded-xl border bg-card transition-colors",
        awaiting
          ? "border-warning-fg/40 shadow-card"
          : asking
            ? "border-accent-fg/40 shadow-card"
            : failed
              ? "border-danger-fg/25"
              : "border-line",
      )}
    >
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          setUserOpen(!open);
        }}
        className="flex w-full items-center gap-2.5 px-3 py-2 text-left text-[13px] transition-colors hover:bg-hover/50"
      >
        <ToolCallStateIcon block={block} />
        <span className="flex min-w-0 flex-1 items-baseline gap-2">
          <span className="shrink-0 font-mono text-[12.5px]">
            {source !== undefined && <span className="text-fg-subtle">{source} · </span>}
            <span className="text-fg">{block.toolName}</span>
          </span>
          {summary !== undefined && !open && (
            <span className="min-w-0 truncate text-[12px] text-fg-subtle">{summary}</span>
          )}
        </span>
        {block.result?.truncated === true && (
          <Scissors className="size-3 shrink-0 text-fg-subtle" aria-label="Output shortened" />
        )}
        {duration !== undefined && (
          <span className="shrink-0 text-[11.5px] text-fg-subtle tabular-nums">{formatDuration(duration)}</span>
        )}
        {asking && block.state === "running" ? (
          <span className="shrink-0 text-[12px] font-medium text-accent-fg">Waiting for you</span>
        ) : (
          <ToolCallStateLabel block={block} />
        )}
        <ChevronRight
          className={classNames("size-3.5 shrink-0 text-fg-subtle transition-transform", open && "rotate-90")}
          aria-hidden="true"
        />
      </button>
      {block.progress !== undefined && isActiveState(block.state) && (
        <ToolCallProgress progress={block.progress} fraction={progressFraction(block.progress)} />
      )}
      {awaiting && block.approval !== undefined && <ApprovalCard block={block} approval={block.approval} />}
      {interactions.shown.map((interaction) => (
        <McpInlineInteraction
          key={interaction.requestId}
          interaction={interaction}
          onHold={interactions.hold}
          onDone={interactions.done}
        />
      ))}
      {decisionNote !== undefined && !awaiting && (
        <p
          data-testid="approval-decision"
          data-decision={decision}
          className={classNames("px-3 pb-2 text-[12px]", decision === "deny" ? "text-danger-fg" : "text-fg-subtle")}
        >
          {decisionNote}
        </p>
      )}
      {open && <ToolCallDetails block={block} />}
    </div>
  );
});
