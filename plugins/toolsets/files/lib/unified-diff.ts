/**
 * A small unified-diff reader and applier for `apply_patch`: the format models produce
 * (`--- a/x`, `+++ b/x`, `@@ -1,3 +1,4 @@`). Hunks must match exactly; when the line numbers are
 * off (models miscount) the hunk is searched nearest-first, but context is never fuzzed, so a
 * patch that does not fit is refused instead of being applied to the wrong place.
 */

export interface Hunk {
  oldStart: number;
  /** Lines the hunk expects (context and removed), and the lines it leaves (context and added). */
  oldLines: string[];
  newLines: string[];
  /** `\ No newline at end of file` after the last old / new line. */
  oldEndsWithoutNewline: boolean;
  newEndsWithoutNewline: boolean;
}

export interface FilePatch {
  /** Undefined when the file is created (`--- /dev/null`). */
  oldPath: string | undefined;
  /** Undefined when the file is deleted (`+++ /dev/null`). */
  newPath: string | undefined;
  hunks: Hunk[];
}

const hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseUnifiedDiff(patch: string): FilePatch[] {
  const lines = patch.replace(/\r\n/g, "\n").split("\n");
  const files: FilePatch[] = [];
  let current: FilePatch | undefined;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    const next = lines[index + 1] ?? "";
    if (line.startsWith("--- ") && next.startsWith("+++ ")) {
      current = { oldPath: pathOf(line.slice(4)), newPath: pathOf(next.slice(4)), hunks: [] };
      files.push(current);
      index += 2;
      continue;
    }
    const header = hunkHeader.exec(line);
    if (header !== null) {
      if (current === undefined)
        throw new Error("The patch has a hunk (`@@ ... @@`) before any `--- a/file` and `+++ b/file` lines.");
      index = readHunk(lines, index + 1, Number(header[1]), Number(header[2] ?? 1), Number(header[4] ?? 1), current);
      continue;
    }
    index += 1; // `diff --git`, `index ...` and other chatter between files
  }
  if (files.length === 0)
    throw new Error("No file changes found; a patch needs `--- a/file`, `+++ b/file` and `@@` hunks.");
  for (const file of files) {
    if (file.hunks.length === 0) throw new Error(`The patch for ${file.newPath ?? file.oldPath ?? "?"} has no hunks.`);
  }
  return files;
}

function readHunk(
  lines: string[],
  start: number,
  oldStart: number,
  oldCount: number,
  newCount: number,
  file: FilePatch,
): number {
  const hunk: Hunk = {
    oldStart,
    oldLines: [],
    newLines: [],
    oldEndsWithoutNewline: false,
    newEndsWithoutNewline: false,
  };
  let index = start;
  let last = " ";
  while (
    index < lines.length &&
    (hunk.oldLines.length < oldCount || hunk.newLines.length < newCount || lines[index]?.startsWith("\\"))
  ) {
    const line = lines[index] ?? "";
    const kind = line === "" ? " " : line[0];
    const text = line.slice(1);
    if (kind === " ") {
      hunk.oldLines.push(text);
      hunk.newLines.push(text);
    } else if (kind === "-") hunk.oldLines.push(text);
    else if (kind === "+") hunk.newLines.push(text);
    else if (kind === "\\") {
      if (last !== "+") hunk.oldEndsWithoutNewline = true;
      if (last !== "-") hunk.newEndsWithoutNewline = true;
    } else break;
    if (kind !== "\\") last = kind;
    index += 1;
  }
  if (hunk.oldLines.length !== oldCount || hunk.newLines.length !== newCount) {
    throw new Error(
      `A hunk of ${file.newPath ?? file.oldPath ?? "?"} at line ${oldStart} has fewer lines than its @@ header says.`,
    );
  }
  file.hunks.push(hunk);
  return index;
}

function pathOf(header: string): string | undefined {
  const path = header.split("\t")[0]?.trim() ?? "";
  if (path === "/dev/null") return undefined;
  return path.replace(/^[ab]\//, "");
}

/** Applies one file's hunks to its content; throws naming the hunk that does not fit. */
export function applyFilePatch(before: string, file: FilePatch): string {
  const endsWithNewline = before === "" || before.endsWith("\n");
  const lines = before === "" ? [] : before.replace(/\n$/, "").split("\n");
  const name = file.newPath ?? file.oldPath ?? "the file";
  let offset = 0;
  let newEndsWithNewline = endsWithNewline;
  for (const [position, hunk] of file.hunks.entries()) {
    // A pure insertion (`-3,0`) goes after old line 3; any other hunk starts at old line 3.
    const expected = (hunk.oldLines.length === 0 ? hunk.oldStart : hunk.oldStart - 1) + offset;
    const at = findLines(lines, hunk.oldLines, expected);
    if (at === undefined) {
      throw new Error(
        `Hunk ${position + 1} of ${name} does not apply: the lines it changes (starting "${hunk.oldLines[0] ?? ""}") are not in the file as written. Read the file again and make a fresh patch.`,
      );
    }
    lines.splice(at, hunk.oldLines.length, ...hunk.newLines);
    offset += hunk.newLines.length - hunk.oldLines.length;
    if (at + hunk.newLines.length === lines.length) {
      if (hunk.newEndsWithoutNewline) newEndsWithNewline = false;
      else if (hunk.oldEndsWithoutNewline) newEndsWithNewline = true;
    }
  }
  if (lines.length === 0) return "";
  return lines.join("\n") + (newEndsWithNewline ? "\n" : "");
}

/** Where `needle` occurs in `haystack`, trying the expected index first and then ever further away. */
function findLines(haystack: string[], needle: string[], expected: number): number | undefined {
  const matches = (at: number) => needle.every((line, index) => haystack[at + index] === line);
  const last = haystack.length - needle.length;
  if (last < 0) return undefined;
  const start = Math.min(Math.max(expected, 0), last);
  for (let distance = 0; distance <= last; distance++) {
    if (start - distance >= 0 && matches(start - distance)) return start - distance;
    if (start + distance <= last && matches(start + distance)) return start + distance;
  }
  return undefined;
}
