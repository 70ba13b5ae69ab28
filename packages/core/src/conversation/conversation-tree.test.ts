import { describe, expect, it } from "vitest";
import { branchSegments, segmentPreview, type SegmentSource } from "./branch-segments.js";

// u1 → a1 → u2 → a2            (first answer)
//         ↘ u2b → a2b → u3b    (edited question, newer)
//      ↘ a1r                   (retried answer, newest leaf of u1's subtree)
const tree: SegmentSource[] = [
  { id: "m01", parentId: null, role: "user", createdAt: 1 },
  { id: "m02", parentId: "m01", role: "assistant", createdAt: 2 },
  { id: "m03", parentId: "m02", role: "user", createdAt: 3 },
  { id: "m04", parentId: "m03", role: "assistant", createdAt: 4 },
  { id: "m05", parentId: "m02", role: "user", createdAt: 5 },
  { id: "m06", parentId: "m05", role: "assistant", createdAt: 6 },
  { id: "m07", parentId: "m06", role: "user", createdAt: 7 },
  { id: "m08", parentId: "m01", role: "assistant", createdAt: 8 },
];

describe("branchSegments", () => {
  it("splits the tree at branch points and marks the active path", () => {
    const segments = branchSegments(tree, new Set(["m01", "m02", "m05", "m06", "m07"]));
    expect(
      segments.map(({ id, parentSegmentId, lastMessageId, length, onActivePath }) => [
        id,
        parentSegmentId,
        lastMessageId,
        length,
        onActivePath,
      ]),
    ).toEqual([
      ["m01", null, "m01", 1, true],
      ["m02", "m01", "m02", 1, true],
      ["m08", "m01", "m08", 1, false],
      ["m03", "m02", "m04", 2, false],
      ["m05", "m02", "m07", 3, true],
    ]);
  });

  it("previews a segment by its first question, or by its first message when it starts with an answer", () => {
    const segments = branchSegments(tree, new Set());
    const previewOf = (id: string) => segments.find((segment) => segment.id === id)?.previewMessageId;
    expect(previewOf("m01")).toBe("m01");
    expect(previewOf("m02")).toBe("m02"); // an answer alone in its segment
    expect(previewOf("m03")).toBe("m03");
    expect(previewOf("m08")).toBe("m08"); // a retried answer
  });

  it("shortens a preview to one line of at most 80 characters", () => {
    const preview = segmentPreview(`Line one\n${"word ".repeat(40)}`);
    expect(preview.startsWith("Line one word")).toBe(true);
    expect(preview).toHaveLength(80);
    expect(preview.endsWith("…")).toBe(true);
  });

  it("keeps a long linear chat as one segment", () => {
    const chain: SegmentSource[] = Array.from({ length: 1000 }, (_, index) => ({
      id: `c${String(index).padStart(5, "0")}`,
      parentId: index === 0 ? null : `c${String(index - 1).padStart(5, "0")}`,
      role: index % 2 === 0 ? "user" : "assistant",
      createdAt: index,
    }));
    expect(branchSegments(chain, new Set())).toHaveLength(1);
  });
});
