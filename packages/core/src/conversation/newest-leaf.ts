import { childrenByParent, type TreeNode } from "./tree-node.js";

/**
 * The most recently created leaf in the subtree of `rootId` (the root itself when it has no
 * children): where switching to a sibling lands, so the user returns to the latest state of
 * that branch. `nodes` must hold the whole subtree.
 */
export function newestLeafBelow(nodes: readonly TreeNode[], rootId: string): string {
  const children = childrenByParent(nodes);
  let newest: string | undefined;
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const below = children.get(id);
    if (below === undefined || below.length === 0) {
      if (newest === undefined || id > newest) newest = id;
    } else {
      for (const child of below) pending.push(child.id);
    }
  }
  return newest ?? rootId;
}
