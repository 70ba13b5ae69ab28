import { describe, expect, it } from "vitest";
import { buildDiffLines, collapseUnchanged, diffStats, expandFolds, toSplitItems } from "./diff-model.js";

const numbered = (count: number, prefix = "line") => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

describe("buildDiffLines", () => {
  it("numbers lines on their own side", () => {
    const lines = buildDiffLines("a\nb\nc\n", "a\nB\nc\n");
    expect(lines).toEqual([
      { kind: "context", text: "a", oldNumber: 1, newNumber: 1 },
      { kind: "removed", text: "b", oldNumber: 2 },
      { kind: "added", text: "B", newNumber: 2 },
      { kind: "context", text: "c", oldNumber: 3, newNumber: 3 },
    ]);
    expect(diffStats(lines)).toEqual({ added: 1, removed: 1 });
  });

  it("treats a new file as all additions", () => {
    const lines = buildDiffLines("", "one\ntwo");
    expect(lines.map((line) => line.kind)).toEqual(["added", "added"]);
    expect(diffStats(lines)).toEqual({ added: 2, removed: 0 });
  });

  it("returns nothing for identical empty texts", () => {
    expect(buildDiffLines("", "")).toEqual([]);
  });
});

describe("collapseUnchanged", () => {
  it("folds a long unchanged middle but keeps context around changes", () => {
    const before = numbered(30).join("\n");
    const after = [...numbered(30)];
    after[0] = "changed first";
    after[29] = "changed last";
    const items = collapseUnchanged(buildDiffLines(before, after.join("\n")));
    const folds = items.filter((item) => item.type === "collapsed");
    expect(folds).toHaveLength(1);
    expect(folds[0]?.lines).toHaveLength(28 - 6);
    expect(folds[0]?.lines[0]?.text).toBe("line 5");
  });

  it("folds unchanged runs at the file's ends without keeping context there", () => {
    const before = numbered(20).join("\n");
    const after = [...numbered(19), "new last"].join("\n");
    const items = collapseUnchanged(buildDiffLines(before, after));
    expect(items[0]).toMatchObject({ type: "collapsed", id: "fold-0" });
    expect(items[0]?.type === "collapsed" && items[0].lines).toHaveLength(16);
  });

  it("leaves short runs alone", () => {
    const items = collapseUnchanged(buildDiffLines("a\nb\nc\nd\n", "a\nb\nc\nD\n"));
    expect(items.every((item) => item.type === "line")).toBe(true);
  });

  it("expands the folds the user opened", () => {
    const items = collapseUnchanged(buildDiffLines(numbered(20).join("\n"), [...numbered(19), "x"].join("\n")));
    expect(expandFolds(items, new Set(["fold-0"])).every((item) => item.type === "line")).toBe(true);
  });
});

describe("toSplitItems", () => {
  it("pairs removals with the additions that replace them", () => {
    const items = collapseUnchanged(buildDiffLines("a\nb\nc\n", "a\nB1\nB2\nc\n"));
    const rows = toSplitItems(items).map((item) =>
      item.type === "row" ? [item.row.left?.text ?? null, item.row.right?.text ?? null] : "fold",
    );
    expect(rows).toEqual([
      ["a", "a"],
      ["b", "B1"],
      [null, "B2"],
      ["c", "c"],
    ]);
  });
});
