import type { Block, ToolCallBlock } from "@covalt/contracts";

export type BlockListItem =
  | { type: "block"; block: Block; index: number }
  | { type: "tool-group"; toolId: string; toolName: string; blocks: ToolCallBlock[]; index: number };

/**
 * Folds runs of two or more adjacent calls of the same tool into one group ("read_file × 3"),
 * so a model that reads ten files does not bury its answer under ten cards.
 */
export function groupToolCalls(blocks: readonly Block[]): BlockListItem[] {
  const items: BlockListItem[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index];
    if (block === undefined) break;
    if (block.type !== "tool-call") {
      items.push({ type: "block", block, index });
      index++;
      continue;
    }
    const run: ToolCallBlock[] = [block];
    let next = blocks[index + 1];
    while (next?.type === "tool-call" && next.toolId === block.toolId) {
      run.push(next);
      next = blocks[index + run.length];
    }
    items.push(
      run.length === 1
        ? { type: "block", block, index }
        : { type: "tool-group", toolId: block.toolId, toolName: block.toolName, blocks: run, index },
    );
    index += run.length;
  }
  return items;
}

/** A group that holds a call waiting for the user must stay open, or the approval is hidden. */
export function groupNeedsAttention(blocks: readonly ToolCallBlock[]): boolean {
  return blocks.some((block) => block.state === "awaiting-approval");
}
