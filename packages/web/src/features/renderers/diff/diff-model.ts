import { diffLines } from "diff";

export type DiffLineKind = "context" | "added" | "removed";

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** Line number in `before`; absent for added lines. */
  oldNumber?: number;
  /** Line number in `after`; absent for removed lines. */
  newNumber?: number;
}

/** A run of unchanged lines folded away; `id` is stable so the view can remember what was expanded. */
export interface CollapsedRun {
  type: "collapsed";
  id: string;
  lines: DiffLine[];
}

export type DiffItem = { type: "line"; line: DiffLine } | CollapsedRun;

export interface SplitRow {
  left: DiffLine | undefined;
  right: DiffLine | undefined;
}

export type SplitItem = { type: "row"; row: SplitRow } | CollapsedRun;

function splitIntoLines(value: string): string[] {
  const lines = value.split("\n");
  // A trailing newline ends the last line rather than starting an empty one.
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Every line of both texts in unified order, numbered on the side(s) it belongs to. */
export function buildDiffLines(before: string, after: string): DiffLine[] {
  const result: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  for (const change of diffLines(before, after)) {
    for (const text of splitIntoLines(change.value)) {
      if (change.added) result.push({ kind: "added", text, newNumber: newNumber++ });
      else if (change.removed) result.push({ kind: "removed", text, oldNumber: oldNumber++ });
      else result.push({ kind: "context", text, oldNumber: oldNumber++, newNumber: newNumber++ });
    }
  }
  return result;
}

export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === "added") added++;
    else if (line.kind === "removed") removed++;
  }
  return { added, removed };
}

/**
 * Folds unchanged runs longer than `context * 2 + minimumFold` lines, keeping `context` lines
 * around each change (and at the file's ends only next to a change). Short runs stay visible:
 * folding two lines saves less space than the "show lines" row costs.
 */
export function collapseUnchanged(lines: readonly DiffLine[], context = 3, minimumFold = 4): DiffItem[] {
  const items: DiffItem[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (line === undefined) break;
    if (line.kind !== "context") {
      items.push({ type: "line", line });
      index++;
      continue;
    }
    let end = index;
    while (lines[end]?.kind === "context") end++;
    const run = lines.slice(index, end);
    const keepBefore = index === 0 ? 0 : context;
    const keepAfter = end === lines.length ? 0 : context;
    if (run.length - keepBefore - keepAfter >= minimumFold) {
      for (const kept of run.slice(0, keepBefore)) items.push({ type: "line", line: kept });
      const folded = run.slice(keepBefore, run.length - keepAfter);
      items.push({ type: "collapsed", id: `fold-${index + keepBefore}`, lines: folded });
      for (const kept of run.slice(run.length - keepAfter)) items.push({ type: "line", line: kept });
    } else {
      for (const kept of run) items.push({ type: "line", line: kept });
    }
    index = end;
  }
  return items;
}

/** Replaces folds the user opened with their lines. */
export function expandFolds(items: readonly DiffItem[], expanded: ReadonlySet<string>): DiffItem[] {
  return items.flatMap((item) =>
    item.type === "collapsed" && expanded.has(item.id)
      ? item.lines.map((line): DiffItem => ({ type: "line", line }))
      : [item],
  );
}

/**
 * Pairs lines for the side-by-side view: context on both sides, and each block of removals
 * facing the additions that replace it, row by row.
 */
export function toSplitItems(items: readonly DiffItem[]): SplitItem[] {
  const result: SplitItem[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = () => {
    for (let row = 0; row < Math.max(removed.length, added.length); row++) {
      result.push({ type: "row", row: { left: removed[row], right: added[row] } });
    }
    removed = [];
    added = [];
  };
  for (const item of items) {
    if (item.type === "line" && item.line.kind === "removed") {
      if (added.length > 0) flush();
      removed.push(item.line);
    } else if (item.type === "line" && item.line.kind === "added") {
      added.push(item.line);
    } else {
      flush();
      result.push(item.type === "collapsed" ? item : { type: "row", row: { left: item.line, right: item.line } });
    }
  }
  flush();
  return result;
}
