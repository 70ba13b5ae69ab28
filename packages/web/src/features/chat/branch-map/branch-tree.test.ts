import type { BranchSegment } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { allBranchingSegments, buildBranchForest, expansionOf, visibleBranchRows } from "./branch-tree.js";

function segment(id: string, parent: string | null, createdAt: number, onActivePath = false): BranchSegment {
  return { id, parentSegmentId: parent, lastMessageId: `${id}-last`, length: 2, preview: id, onActivePath, createdAt };
}

// root ─┬─ a ─┬─ a1
//       │     └─ a2 (active)
//       └─ b  ── (b has children b1, b2)
const segments = [
  segment("root", null, 1, true),
  segment("b", "root", 5),
  segment("a", "root", 3, true),
  segment("a2", "a", 9, true),
  segment("a1", "a", 7),
  segment("b1", "b", 10),
  segment("b2", "b", 11),
];

const rowsOf = (overrides = new Map<string, boolean>(), leaf = "a2-last") =>
  visibleBranchRows(buildBranchForest(segments), expansionOf(overrides), leaf).map((row) => [
    row.segment.id,
    row.depth,
    row.side,
    row.expanded,
    row.current,
  ]);

describe("branch tree", () => {
  it("orders children oldest first and counts what each segment's side branches hold", () => {
    const [root] = buildBranchForest(segments);
    expect(root?.children.map((child) => child.segment.id)).toEqual(["a", "b"]);
    // b and its two children sit beside a.
    expect(root?.sideCount).toBe(3);
  });

  it("draws the oldest child as the continuation and later ones as side branches before it", () => {
    expect(rowsOf()).toEqual([
      ["root", 0, false, true, false],
      ["b", 1, true, false, false],
      ["b1", 1, false, false, false],
      ["a", 0, false, true, false],
      ["a2", 1, true, false, true],
      ["a1", 0, false, false, false],
    ]);
  });

  it("lets the reader fold and unfold side branches, whatever the current path", () => {
    expect(rowsOf(new Map([["root", false]])).map((row) => row[0])).toEqual(["root", "a", "a2", "a1"]);
    expect(rowsOf(new Map([["b", true]])).map((row) => row[0])).toEqual(["root", "b", "b2", "b1", "a", "a2", "a1"]);
    expect([...allBranchingSegments(segments)].sort()).toEqual(["a", "b", "root"]);
  });

  it("keeps a chat branched at every turn flat, without recursion", () => {
    // A trunk of 5,000 segments, each with one retry beside it.
    const deep: BranchSegment[] = [];
    for (let index = 0; index < 5000; index += 1) {
      deep.push(segment(`t${index}`, index === 0 ? null : `t${index - 1}`, index * 2, true));
      if (index > 0) deep.push(segment(`r${index}`, `t${index - 1}`, index * 2 + 1));
    }
    const rows = visibleBranchRows(buildBranchForest(deep), expansionOf(new Map()), "t4999-last");
    expect(rows).toHaveLength(9999);
    expect(Math.max(...rows.map((row) => row.depth))).toBe(1);
  });
});
