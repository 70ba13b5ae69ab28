import type { Block, MemberRunBlock } from "@covalt/contracts";

/**
 * Immutable helpers over a block list. Every update copies only the path it changes, so blocks the
 * event did not touch keep their identity and memoized UI rows stay untouched.
 */

export function findLastIndex(blocks: readonly Block[], predicate: (block: Block) => boolean): number {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    if (predicate(blocks[index] as Block)) return index;
  }
  return -1;
}

export function replaceAt(blocks: readonly Block[], index: number, block: Block): Block[] {
  const next = blocks.slice();
  next[index] = block;
  return next;
}

/** Applies `update` to the block list of the member run `scopeId`, or to the top level. */
export function updateScope(
  blocks: Block[],
  scopeId: string | undefined,
  update: (scoped: Block[]) => Block[],
): Block[] {
  if (scopeId === undefined) return update(blocks);
  const updated = updateMemberRun(blocks, scopeId, (run) => {
    const nested = update(run.blocks);
    return nested === run.blocks ? run : { ...run, blocks: nested };
  });
  // An event for a member run we never saw start still carries content worth keeping.
  return updated ?? update(blocks);
}

/** Finds the member run `id` anywhere below `blocks`; undefined when there is none. */
export function updateMemberRun(
  blocks: Block[],
  id: string,
  update: (run: MemberRunBlock) => MemberRunBlock,
): Block[] | undefined {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index] as Block;
    if (block.type !== "member-run") continue;
    if (block.id === id) {
      const next = update(block);
      return next === block ? blocks : replaceAt(blocks, index, next);
    }
    const nested = updateMemberRun(block.blocks, id, update);
    if (nested !== undefined) {
      return nested === block.blocks ? blocks : replaceAt(blocks, index, { ...block, blocks: nested });
    }
  }
  return undefined;
}

/** Updates the last block of `type` with `id`, creating it with `create` when absent. */
export function upsertById<T extends Block & { id: string }>(
  blocks: Block[],
  type: T["type"],
  id: string,
  create: () => T,
  update: (block: T) => T,
): Block[] {
  const index = findLastIndex(blocks, (block) => block.type === type && "id" in block && block.id === id);
  if (index === -1) return [...blocks, update(create())];
  const current = blocks[index] as T;
  const next = update(current);
  return next === current ? blocks : replaceAt(blocks, index, next);
}

/** Updates the block of `type` with `id` only if it exists. */
export function updateById<T extends Block & { id: string }>(
  blocks: Block[],
  type: T["type"],
  id: string,
  update: (block: T) => T,
): Block[] {
  const index = findLastIndex(blocks, (block) => block.type === type && "id" in block && block.id === id);
  if (index === -1) return blocks;
  const current = blocks[index] as T;
  const next = update(current);
  return next === current ? blocks : replaceAt(blocks, index, next);
}
