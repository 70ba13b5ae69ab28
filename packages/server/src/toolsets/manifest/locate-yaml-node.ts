import { isMap, isScalar, isSeq, type Document, type LineCounter } from "yaml";

/**
 * The line and column (1-based) of the YAML node at `path`, or of its deepest existing ancestor
 * when the path names a missing key, so an error points at the closest thing the author wrote.
 */
export function locateYamlNode(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  /** Point at the last key itself rather than its value (for "unknown key" problems). */
  atKey = false,
): { line: number; column: number } {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, key] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      const wantKey = atKey && index === path.length - 1;
      next = pair === undefined ? undefined : wantKey ? pair.key : (pair.value ?? pair.key);
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    const start = rangeStart(next);
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  const position = lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}
