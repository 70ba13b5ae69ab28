import type { Block, ReasoningBlock, TextBlock } from "@covalt/contracts";
import { updateById, upsertById } from "./block-list.js";

export function startText(blocks: Block[], id: string): Block[] {
  return upsertById<TextBlock>(
    blocks,
    "text",
    id,
    () => ({ type: "text", id, text: "" }),
    (block) => block,
  );
}

export function appendText(blocks: Block[], id: string, delta: string): Block[] {
  return upsertById<TextBlock>(
    blocks,
    "text",
    id,
    () => ({ type: "text", id, text: "" }),
    (block) => ({ ...block, text: block.text + delta }),
  );
}

export function startReasoning(blocks: Block[], id: string, time: string): Block[] {
  return upsertById<ReasoningBlock>(
    blocks,
    "reasoning",
    id,
    () => ({ type: "reasoning", id, text: "", state: "streaming", startedAt: time }),
    (block) => block,
  );
}

export function appendReasoning(blocks: Block[], id: string, delta: string, time: string): Block[] {
  return upsertById<ReasoningBlock>(
    blocks,
    "reasoning",
    id,
    () => ({ type: "reasoning", id, text: "", state: "streaming", startedAt: time }),
    (block) => ({ ...block, text: block.text + delta }),
  );
}

export function endReasoning(blocks: Block[], id: string, time: string): Block[] {
  return updateById<ReasoningBlock>(blocks, "reasoning", id, (block) => finishReasoning(block, time));
}

export function finishReasoning(block: ReasoningBlock, time: string): ReasoningBlock {
  if (block.state === "done") return block;
  const durationMs =
    block.startedAt === undefined ? undefined : Math.max(0, Date.parse(time) - Date.parse(block.startedAt));
  return durationMs === undefined ? { ...block, state: "done" } : { ...block, state: "done", durationMs };
}
