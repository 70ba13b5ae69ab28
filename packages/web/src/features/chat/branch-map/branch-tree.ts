import type { BranchSegment } from "@covalt/contracts";

/** A segment with the segments that branch off its end, oldest first (the order of `‹ ›`). */
export interface BranchNode {
  segment: BranchSegment;
  children: BranchNode[];
  /** Segments in this segment's side branches (all children but the first, and everything below them). */
  sideCount: number;
}

/** One line of the map as drawn: a segment at its depth, with what its toggle would show or hide. */
export interface BranchRow {
  segment: BranchSegment;
  /** Side branches nest one level deeper; a continuation stays at its parent's depth. */
  depth: number;
  /** This segment is an alternative (an edit or a retry) to its oldest sibling, drawn as a side branch. */
  side: boolean;
  /** Side branches that start where this segment ends. */
  sideBranchCount: number;
  /** Segments hidden while this row is collapsed. */
  hiddenCount: number;
  expanded: boolean;
  /** The segment holding the chat's active leaf: where the transcript currently ends. */
  current: boolean;
}

function byAge(a: BranchNode, b: BranchNode): number {
  return a.segment.createdAt - b.segment.createdAt || a.segment.id.localeCompare(b.segment.id);
}

/**
 * Builds the segment tree from the server's flat list. Iterative throughout: a chat edited at
 * every turn is hundreds of levels deep, too deep for recursion to be safe.
 */
export function buildBranchForest(segments: readonly BranchSegment[]): BranchNode[] {
  const nodes = new Map<string, BranchNode>(
    segments.map((segment) => [segment.id, { segment, children: [], sideCount: 0 }]),
  );
  const roots: BranchNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.segment.parentSegmentId === null ? undefined : nodes.get(node.segment.parentSegmentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  roots.sort(byAge);
  // Children before parents (reverse pre-order), so each total is complete when its parent adds it.
  const order: BranchNode[] = [];
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    node.children.sort(byAge);
    order.push(node);
    stack.push(...node.children);
  }
  const below = new Map<BranchNode, number>();
  for (const node of order.reverse()) {
    const sizes = node.children.map((child) => 1 + (below.get(child) ?? 0));
    below.set(
      node,
      sizes.reduce((total, size) => total + size, 0),
    );
    node.sideCount = sizes.slice(1).reduce((total, size) => total + size, 0);
  }
  return roots;
}

/**
 * Whether a segment's side branches are shown: the reader's own choice when they made one, else
 * shown where the segment is on the current path — so after a switch the new path opens by itself.
 */
export function expansionOf(overrides: ReadonlyMap<string, boolean>): (segment: BranchSegment) => boolean {
  return (segment) => overrides.get(segment.id) ?? segment.onActivePath;
}

/**
 * The rows to draw. The oldest child of a branch point continues its parent's line at the same
 * depth, and the later children (edits, retries) are listed just before it, one level in, as side
 * branches. A conversation that branched at two hundred turns is then a readable spine with
 * alternatives beside it, not a staircase two hundred levels deep.
 */
export function visibleBranchRows(
  roots: readonly BranchNode[],
  isExpanded: (segment: BranchSegment) => boolean,
  activeLeafId: string | null,
): BranchRow[] {
  const rows: BranchRow[] = [];
  const stack: { node: BranchNode; depth: number; side: boolean }[] = roots
    .map((node) => ({ node, depth: 0, side: false }))
    .reverse();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth, side } = entry;
    const [continuation, ...sides] = node.children;
    const expanded = sides.length > 0 && isExpanded(node.segment);
    rows.push({
      segment: node.segment,
      depth,
      side,
      sideBranchCount: sides.length,
      hiddenCount: node.sideCount,
      expanded,
      current: node.segment.lastMessageId === activeLeafId,
    });
    if (continuation) stack.push({ node: continuation, depth, side: false });
    if (expanded) {
      for (let index = sides.length - 1; index >= 0; index -= 1) {
        const branch = sides[index];
        if (branch) stack.push({ node: branch, depth: depth + 1, side: true });
      }
    }
  }
  return rows;
}

/** Every segment with side branches, for "expand all" and "collapse all". */
export function allBranchingSegments(segments: readonly BranchSegment[]): Set<string> {
  const parents = new Set<string>();
  for (const segment of segments) if (segment.parentSegmentId !== null) parents.add(segment.parentSegmentId);
  return parents;
}
