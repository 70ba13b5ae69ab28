import { caseFoldKey } from "./workspace-path.js";

/**
 * Names that differ only by case (`README.md` / `readme.md`, `Straße` / `STRASSE`) are one entry
 * on case-insensitive file systems (macOS, Windows) and two on Linux. A workspace must mean the same
 * files everywhere, so such twins are refused where files are created and detected where a version
 * is put on disk. Every check compares names through `caseFoldKey`, the one fold of the workspace.
 *
 * Two entries collide only within one folder: `src/a.ts` and `Src/b.ts` collide as the folders
 * `src` and `Src` (reported once, as those folders), while their files, being in different folders
 * on a case-sensitive disk, are not reported again.
 */

/**
 * Groups of entries that name the same file or folder on a case-insensitive file system, folders
 * implied by the paths included (`a` and `A/x` collide as `a` and `A`); each group and the list are
 * sorted, entries without a twin are left out. Materializing such a manifest there would silently
 * merge files.
 */
export function caseCollisions(paths: Iterable<string>): string[][] {
  const entries = new Set<string>();
  for (const path of paths) {
    entries.add(path);
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
      entries.add(path.slice(0, slash));
    }
  }
  const bySiblingKey = new Map<string, string[]>();
  for (const entry of entries) {
    const slash = entry.lastIndexOf("/");
    // The parent is compared exactly: a twin folder is already its own collision one level up.
    const key = `${entry.slice(0, slash + 1)}${caseFoldKey(entry.slice(slash + 1))}`;
    const group = bySiblingKey.get(key);
    if (group === undefined) bySiblingKey.set(key, [entry]);
    else group.push(entry);
  }
  return [...bySiblingKey.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort(compare))
    .sort((left, right) => compare(left[0] as string, right[0] as string));
}

/**
 * The name among `siblings` (the entries of one folder) that `name` would collide with on a
 * case-insensitive file system, or undefined. `name` itself among the siblings is no collision:
 * writing to the exact same path replaces that entry. With several twins, the first in code-unit
 * order is named, so the answer does not depend on the order a disk lists them in.
 */
export function caseTwin(name: string, siblings: Iterable<string>): string | undefined {
  const key = caseFoldKey(name);
  let twin: string | undefined;
  for (const sibling of siblings) {
    if (sibling === name) return undefined;
    if (caseFoldKey(sibling) === key && (twin === undefined || compare(sibling, twin) < 0)) twin = sibling;
  }
  return twin;
}

/**
 * Why creating `path` is refused when its part of the same depth as `existing` is a case twin of
 * that existing entry: names both and suggests the same path through the existing entry instead,
 * e.g. `Src/a.ts` with `src` existing suggests `src/a.ts`.
 */
export function caseClashMessage(path: string, existing: string): string {
  const suggestion = [existing, ...path.split("/").slice(existing.split("/").length)].join("/");
  return (
    `\`${path}\` would clash with \`${existing}\` on case-insensitive disks (macOS, Windows), where names ` +
    `that differ only in case are one file; pick another name or use \`${suggestion}\`.`
  );
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
