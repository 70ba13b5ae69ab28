import type { Block, MessageStatus, RunEndReason } from "@covalt/contracts";
import { finishReasoning } from "./text-events.js";
import { isToolCallFinished } from "./tool-call-events.js";

export const statusForRunEnd: Record<RunEndReason, MessageStatus> = {
  complete: "complete",
  cancelled: "cancelled",
  error: "error",
  interrupted: "error",
};

/**
 * A run that ends leaves nothing in motion: open reasoning is closed, a call still waiting for
 * approval counts as denied (the user never allowed it), one still pending or running as failed.
 */
export function finalizeBlocks(blocks: Block[], reason: RunEndReason, time: string): Block[] {
  const next = blocks.map((block) => finalizeBlock(block, reason, time));
  return next.some((block, index) => block !== blocks[index]) ? next : blocks;
}

function finalizeBlock(block: Block, reason: RunEndReason, time: string): Block {
  switch (block.type) {
    case "reasoning":
      return finishReasoning(block, time);
    case "tool-call":
      if (isToolCallFinished(block)) return block;
      return { ...block, state: block.state === "awaiting-approval" ? "denied" : "error" };
    case "member-run": {
      const nested = finalizeBlocks(block.blocks, reason, time);
      if (block.status !== "running") return nested === block.blocks ? block : { ...block, blocks: nested };
      const status = reason === "complete" ? "complete" : reason === "cancelled" ? "cancelled" : "error";
      return { ...block, status, blocks: nested };
    }
    default:
      return block;
  }
}
