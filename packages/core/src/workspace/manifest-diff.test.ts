import type { ManifestFiles } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { diffManifests } from "./manifest-diff.js";

const hash = (seed: string) => seed.repeat(64).slice(0, 64);
const file = (seed: string, size = 10, mode = 0o644) => ({ hash: hash(seed), size, mode });

function manifest(entries: Record<string, ReturnType<typeof file>>): ManifestFiles {
  const files = Object.create(null) as ManifestFiles;
  for (const [path, entry] of Object.entries(entries)) files[path] = entry;
  return files;
}

describe("diffManifests", () => {
  it("reports added, modified (content or mode) and deleted files, sorted by path", () => {
    const before = manifest({ "b.txt": file("b"), "c.txt": file("c"), "d.sh": file("d"), "same.txt": file("s") });
    const after = manifest({
      "a.txt": file("a"),
      "b.txt": file("e"),
      "d.sh": file("d", 10, 0o755),
      "same.txt": file("s"),
    });
    expect(diffManifests(before, after)).toEqual([
      { path: "a.txt", kind: "added" },
      { path: "b.txt", kind: "modified" },
      { path: "c.txt", kind: "deleted" },
      { path: "d.sh", kind: "modified" },
    ]);
  });

  it("turns a deleted and an added path with the same content into one rename", () => {
    const before = manifest({ "old/name.md": file("1"), "keep.md": file("2") });
    const after = manifest({ "new/name.md": file("1"), "keep.md": file("2") });
    expect(diffManifests(before, after)).toEqual([
      { path: "new/name.md", kind: "renamed", previousPath: "old/name.md" },
    ]);
  });

  it("pairs several same-content renames in sorted order, whatever the key order", () => {
    const before = manifest({ z1: file("x"), a1: file("x"), m1: file("x") });
    const after = manifest({ b2: file("x"), y2: file("x") });
    // Sorted pairing: a1 → b2, m1 → y2; z1 is left over.
    expect(diffManifests(before, after)).toEqual([
      { path: "b2", kind: "renamed", previousPath: "a1" },
      { path: "y2", kind: "renamed", previousPath: "m1" },
      { path: "z1", kind: "deleted" },
    ]);
    const reversed = manifest(Object.fromEntries(Object.entries(before).reverse()));
    expect(diffManifests(reversed, after)).toEqual(diffManifests(before, after));
  });

  it("never calls the removal of one empty file and the creation of another a rename", () => {
    const before = manifest({ "a.txt": file("0", 0) });
    const after = manifest({ "b.txt": file("0", 0) });
    expect(diffManifests(before, after)).toEqual([
      { path: "a.txt", kind: "deleted" },
      { path: "b.txt", kind: "added" },
    ]);
  });

  it("treats paths like __proto__ and constructor as ordinary files", () => {
    const before = manifest({ constructor: file("c") });
    const after = JSON.parse(`{"__proto__": ${JSON.stringify(file("p"))}}`) as ManifestFiles;
    expect(diffManifests(before, after)).toEqual([
      { path: "__proto__", kind: "added" },
      { path: "constructor", kind: "deleted" },
    ]);
    expect(diffManifests(manifest({}), manifest({}))).toEqual([]);
  });
});
