import { describe, expect, it } from "vitest";
import { caseClashMessage, caseCollisions, caseTwin } from "./case-collisions.js";

describe("caseCollisions", () => {
  it("groups paths that collide on a case-insensitive file system", () => {
    expect(caseCollisions(["README.md", "src/a.ts", "readme.md", "Stra\u00dfe", "STRASSE", "x"])).toEqual([
      ["README.md", "readme.md"],
      ["STRASSE", "Stra\u00dfe"],
    ]);
    expect(caseCollisions(["a", "b"])).toEqual([]);
    expect(caseCollisions([])).toEqual([]);
  });

  it("finds folders that collide, once, at the level where they do", () => {
    // `src` and `Src` would be merged into one folder; their files are not listed again.
    expect(caseCollisions(["src/a.ts", "Src/b.ts", "Src/a.ts"])).toEqual([["Src", "src"]]);
    // A file and a folder that differ only in case: writing `A/x` would replace the file `a`.
    expect(caseCollisions(["a", "A/x"])).toEqual([["A", "a"]]);
    expect(caseCollisions(["docs/Notes.md", "docs/notes.md", "other/notes.md"])).toEqual([
      ["docs/Notes.md", "docs/notes.md"],
    ]);
  });

  it("compares names in composed Unicode, as macOS does", () => {
    expect(caseCollisions(["caf\u00e9", "CAFE\u0301"])).toEqual([["CAFE\u0301", "caf\u00e9"]]);
  });

  it("keeps paths like __proto__ as ordinary names", () => {
    expect(caseCollisions(["__proto__", "__PROTO__", "constructor"])).toEqual([["__PROTO__", "__proto__"]]);
  });
});

describe("caseTwin", () => {
  it("names the sibling a new name would collide with", () => {
    expect(caseTwin("readme.md", ["README.md", "src"])).toBe("README.md");
    expect(caseTwin("Src", ["README.md", "src"])).toBe("src");
    expect(caseTwin("strasse", ["Stra\u00dfe"])).toBe("Stra\u00dfe");
    expect(caseTwin("\u212a.txt", ["k.txt"])).toBe("k.txt");
  });

  it("is no collision to name an existing entry exactly, or a name without a twin", () => {
    expect(caseTwin("README.md", ["README.md"])).toBeUndefined();
    // On Linux both may exist (a shell made them); writing one of them exactly is still allowed.
    expect(caseTwin("readme.md", ["README.md", "readme.md"])).toBeUndefined();
    expect(caseTwin("new.md", ["README.md"])).toBeUndefined();
    expect(caseTwin("a", [])).toBeUndefined();
  });

  it("names the same twin whatever order the disk lists them in", () => {
    expect(caseTwin("Readme.md", ["readme.md", "README.md"])).toBe("README.md");
    expect(caseTwin("Readme.md", ["README.md", "readme.md"])).toBe("README.md");
  });
});

describe("caseClashMessage", () => {
  it("names both paths and suggests the path through the existing entry", () => {
    expect(caseClashMessage("readme.md", "README.md")).toBe(
      "`readme.md` would clash with `README.md` on case-insensitive disks (macOS, Windows), where names that " +
        "differ only in case are one file; pick another name or use `README.md`.",
    );
    expect(caseClashMessage("Src/lib/a.ts", "src")).toContain("use `src/lib/a.ts`");
    expect(caseClashMessage("Stra\u00dfe/x", "STRASSE")).toContain("use `STRASSE/x`");
  });
});
