import type { Block, RunEvent, ToolCallBlock } from "@covalt/contracts";
import { updateById, upsertById } from "./block-list.js";

type ToolEvent = Extract<
  RunEvent,
  {
    type:
      | "tool-call-start"
      | "tool-input-delta"
      | "tool-input-end"
      | "tool-approval-request"
      | "tool-approval-response"
      | "tool-execution-start"
      | "tool-progress"
      | "tool-result";
  }
>;

const terminalStates = new Set<ToolCallBlock["state"]>(["complete", "error", "denied"]);

export function isToolCallFinished(block: ToolCallBlock): boolean {
  return terminalStates.has(block.state);
}

export function applyToolEvent(blocks: Block[], event: ToolEvent): Block[] {
  const update = (change: (block: ToolCallBlock) => ToolCallBlock) =>
    updateById<ToolCallBlock>(blocks, "tool-call", event.toolCallId, change);

  switch (event.type) {
    case "tool-call-start":
      return upsertById<ToolCallBlock>(
        blocks,
        "tool-call",
        event.toolCallId,
        () => ({
          type: "tool-call",
          id: event.toolCallId,
          toolId: event.toolId,
          toolName: event.toolName,
          state: "pending",
          inputText: "",
        }),
        (block) => block,
      );
    case "tool-input-delta":
      return update((block) => ({ ...block, inputText: block.inputText + event.delta }));
    case "tool-input-end":
      return update((block) => ({ ...block, input: event.input }));
    case "tool-approval-request":
      return update((block) => ({
        ...block,
        state: "awaiting-approval",
        approval: {
          approvalId: event.approvalId,
          risk: event.risk,
          ...(event.reason === undefined ? {} : { reason: event.reason }),
          ...(event.preview === undefined ? {} : { preview: event.preview }),
        },
      }));
    case "tool-approval-response":
      return update((block) => {
        if (block.approval?.approvalId !== event.approvalId) return block;
        return {
          ...block,
          state: event.decision === "deny" ? "denied" : "running",
          approval: { ...block.approval, decision: event.decision },
          ...(event.input === undefined ? {} : { input: event.input }),
        };
      });
    case "tool-execution-start":
      return update((block) => (isToolCallFinished(block) ? block : { ...block, state: "running" }));
    case "tool-progress":
      return update((block) => ({
        ...block,
        progress: {
          progress: event.progress,
          ...(event.total === undefined ? {} : { total: event.total }),
          ...(event.message === undefined ? {} : { message: event.message }),
        },
      }));
    case "tool-result":
      return update((block) => {
        if (block.state === "denied") return block;
        return {
          ...block,
          state: event.isError ? "error" : "complete",
          result: {
            output: event.output,
            isError: event.isError,
            durationMs: event.durationMs,
            ...(event.truncated === undefined ? {} : { truncated: event.truncated }),
          },
          ...(event.renderPlan === undefined ? {} : { renderPlan: event.renderPlan }),
        };
      });
  }
}
