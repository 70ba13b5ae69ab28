import { describe, expect, it } from "vitest";
import { applyFilePatch, parseUnifiedDiff } from "../files/lib/unified-diff.js";

const apply = (before: string, patch: string) => {
  const [file] = parseUnifiedDiff(patch);
  if (file === undefined) throw new Error("no file");
  return applyFilePatch(before, file);
};

describe("unified diffs", () => {
  it("applies a change with context", () => {
    const patch = "--- a/x.txt\n+++ b/x.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
    expect(apply("a\nb\nc\n", patch)).toBe("a\nB\nc\n");
  });

  it("finds a hunk whose line numbers are off, nearest first", () => {
    const patch = "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n c\n-d\n+D\n";
    expect(apply("a\nb\nc\nd\ne\n", patch)).toBe("a\nb\nc\nD\ne\n");
  });

  it("applies several hunks, tracking the shift of earlier ones", () => {
    const patch = "--- a/x\n+++ b/x\n@@ -1,2 +1,3 @@\n 1\n+1.5\n 2\n@@ -5,2 +6,1 @@\n 5\n-6\n";
    expect(apply("1\n2\n3\n4\n5\n6\n", patch)).toBe("1\n1.5\n2\n3\n4\n5\n");
  });

  it("creates files, deletes files, and parses several files with git chatter", () => {
    const patch = [
      "diff --git a/new.txt b/new.txt",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/new.txt",
      "@@ -0,0 +1,2 @@",
      "+hello",
      "+world",
      "--- a/old.txt",
      "+++ /dev/null",
      "@@ -1 +0,0 @@",
      "-bye",
      "",
    ].join("\n");
    const [created, deleted] = parseUnifiedDiff(patch);
    expect(created).toMatchObject({ oldPath: undefined, newPath: "new.txt" });
    expect(deleted).toMatchObject({ oldPath: "old.txt", newPath: undefined });
    if (created === undefined) throw new Error("the created file is missing");
    expect(applyFilePatch("", created)).toBe("hello\nworld\n");
  });

  it("honours 'No newline at end of file' on either side", () => {
    const adds = "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n";
    expect(apply("a", adds)).toBe("a\n");
    const removes = "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n\\ No newline at end of file\n";
    expect(apply("a\n", removes)).toBe("b");
  });

  it("refuses a hunk that does not match instead of guessing", () => {
    const patch = "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-zzz\n+y\n";
    expect(() => apply("a\nb\n", patch)).toThrow(
      'Hunk 1 of x does not apply: the lines it changes (starting "a") are not in the file as written.',
    );
  });

  it("refuses text that is not a diff and hunks shorter than their header", () => {
    expect(() => parseUnifiedDiff("just some text")).toThrow("No file changes found");
    expect(() => parseUnifiedDiff("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n")).toThrow(
      "fewer lines than its @@ header says",
    );
  });
});
