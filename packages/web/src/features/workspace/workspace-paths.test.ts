import { describe, expect, it } from "vitest";
import {
  baseName,
  extensionOf,
  formatSize,
  isWithin,
  joinPath,
  movedPath,
  nameProblem,
  parentPath,
} from "./workspace-paths.js";

describe("workspace paths", () => {
  it("splits names and folders", () => {
    expect(baseName("src/app/main.ts")).toBe("main.ts");
    expect(baseName("readme.md")).toBe("readme.md");
    expect(parentPath("src/app/main.ts")).toBe("src/app");
    expect(parentPath("readme.md")).toBe("");
    expect(joinPath("", "a.txt")).toBe("a.txt");
    expect(joinPath("docs", "a.txt")).toBe("docs/a.txt");
  });

  it("reads extensions, ignoring a leading dot", () => {
    expect(extensionOf("src/App.TSX")).toBe("tsx");
    expect(extensionOf(".env")).toBe("");
    expect(extensionOf("Makefile")).toBe("");
    expect(extensionOf("archive.tar.gz")).toBe("gz");
  });

  it("tells whether a path is inside a folder without matching name prefixes", () => {
    expect(isWithin("src/a.ts", "src")).toBe(true);
    expect(isWithin("src", "src")).toBe(true);
    expect(isWithin("srcs/a.ts", "src")).toBe(false);
    expect(isWithin("anything", "")).toBe(true);
  });

  it("follows a file or folder move", () => {
    expect(movedPath("a.txt", "a.txt", "b.txt")).toBe("b.txt");
    expect(movedPath("src/x/y.ts", "src/x", "lib")).toBe("lib/y.ts");
    expect(movedPath("src/xy.ts", "src/x", "lib")).toBe("src/xy.ts");
  });

  it("explains names that cannot be used", () => {
    expect(nameProblem("notes.md")).toBeNull();
    expect(nameProblem("docs/notes.md")).toBeNull();
    expect(nameProblem("  ")).toBe("Type a name.");
    expect(nameProblem("/etc/passwd")).not.toBeNull();
    expect(nameProblem("../up")).not.toBeNull();
    expect(nameProblem("a//b")).not.toBeNull();
    expect(nameProblem("a\\b")).not.toBeNull();
  });

  it("formats sizes compactly", () => {
    expect(formatSize(0)).toBe("0 B");
    expect(formatSize(999)).toBe("999 B");
    expect(formatSize(1234)).toBe("1.2 KB");
    expect(formatSize(35_000)).toBe("34 KB");
    expect(formatSize(5_900_000)).toBe("5.6 MB");
  });
});
