import type { Block, FileChange, WorkspaceChangeBlock } from "@covalt/contracts";
import { findLastIndex, replaceAt } from "./block-list.js";

/**
 * A turn shows one summary of the files it touched, so successive change events fold into a
 * single block: a file added and then modified is still "added"; added and then deleted is gone.
 */
export function mergeWorkspaceChanges(
  blocks: Block[],
  changes: readonly FileChange[],
  manifestId: string | undefined,
): Block[] {
  const index = findLastIndex(blocks, (block) => block.type === "workspace-change");
  const current: WorkspaceChangeBlock =
    index === -1 ? { type: "workspace-change", changes: [] } : (blocks[index] as WorkspaceChangeBlock);
  const byPath = new Map(current.changes.map((change) => [change.path, change]));
  for (const change of changes) {
    const earlier = byPath.get(change.path);
    const merged = earlier === undefined ? change : combine(earlier, change);
    if (merged === undefined) byPath.delete(change.path);
    else byPath.set(change.path, merged);
  }
  const next: WorkspaceChangeBlock = {
    type: "workspace-change",
    changes: [...byPath.values()],
    ...(manifestId === undefined
      ? current.manifestId === undefined
        ? {}
        : { manifestId: current.manifestId }
      : { manifestId }),
  };
  return index === -1 ? [...blocks, next] : replaceAt(blocks, index, next);
}

function combine(earlier: FileChange, later: FileChange): FileChange | undefined {
  if (earlier.kind === "added" && later.kind === "deleted") return undefined;
  if (earlier.kind === "added" && later.kind === "modified") return earlier;
  if (earlier.kind === "deleted" && later.kind === "added") return { path: later.path, kind: "modified" };
  return later;
}
