import type { WorkspaceEntry } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { ancestorFolders, buildWorkspaceTree, visibleWorkspaceRows } from "./workspace-tree-model.js";

const file = (path: string, extra: Partial<WorkspaceEntry> = {}): WorkspaceEntry => ({
  path,
  kind: "file",
  size: 1,
  ...extra,
});

describe("buildWorkspaceTree", () => {
  it("nests files, folders first, names in natural order", () => {
    const tree = buildWorkspaceTree([
      file("b.txt"),
      file("file10.txt"),
      file("file2.txt"),
      file("src/main.ts"),
      { path: "assets", kind: "directory" },
      file("A.txt"),
    ]);
    expect(tree.map((node) => node.name)).toEqual(["assets", "src", "A.txt", "b.txt", "file2.txt", "file10.txt"]);
    expect(tree[1]?.children.map((node) => node.path)).toEqual(["src/main.ts"]);
  });

  it("creates folders that only appear in file paths and counts changes inside them", () => {
    const tree = buildWorkspaceTree([
      file("a/b/c.txt", { changed: "added" }),
      file("a/d.txt", { changed: "modified" }),
    ]);
    const folder = tree[0];
    expect(folder?.kind).toBe("directory");
    expect(folder?.changedInside).toBe(2);
    expect(folder?.children[0]?.changedInside).toBe(1);
  });

  it("keeps an explicit folder entry once even when files inside come first", () => {
    const tree = buildWorkspaceTree([file("docs/a.md"), { path: "docs", kind: "directory" }]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children).toHaveLength(1);
  });
});

describe("visibleWorkspaceRows", () => {
  it("shows the children of unfolded folders only", () => {
    const tree = buildWorkspaceTree([file("src/a.ts"), file("src/lib/b.ts"), file("readme.md")]);
    expect(visibleWorkspaceRows(tree, new Set()).map((row) => row.node.path)).toEqual(["src", "readme.md"]);
    const rows = visibleWorkspaceRows(tree, new Set(["src", "src/lib"]));
    expect(rows.map((row) => [row.node.path, row.depth])).toEqual([
      ["src", 0],
      ["src/lib", 1],
      ["src/lib/b.ts", 2],
      ["src/a.ts", 1],
      ["readme.md", 0],
    ]);
  });
});

describe("ancestorFolders", () => {
  it("lists the folders from the top down", () => {
    expect(ancestorFolders("a/b/c.txt")).toEqual(["a", "a/b"]);
    expect(ancestorFolders("c.txt")).toEqual([]);
  });
});
