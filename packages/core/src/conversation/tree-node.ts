/** The shape tree logic needs of a message: ids sort by creation time (they are time-sortable). */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

export function childrenByParent<T extends TreeNode>(nodes: readonly T[]): Map<string | null, T[]> {
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const siblings = children.get(node.parentId);
    if (siblings === undefined) children.set(node.parentId, [node]);
    else siblings.push(node);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return children;
}
