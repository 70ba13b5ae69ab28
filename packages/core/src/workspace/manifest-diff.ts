import type { FileChange, ManifestEntry, ManifestFiles } from "@covalt/contracts";

/**
 * What changed between two manifests, one entry per path, sorted by path (code-unit order, so the
 * result is the same in every locale). A file counts as modified when its content or its mode
 * changed. A deleted path and an added path with the same content become one `renamed`; when
 * several share a hash, deleted and added paths are paired in sorted order, so the answer never
 * depends on key order. Empty files are never paired: all of them share one hash, and calling the
 * removal of one and the creation of another a rename would be a guess.
 */
export function diffManifests(before: ManifestFiles, after: ManifestFiles): FileChange[] {
  const changes: FileChange[] = [];
  const deletedByHash = new Map<string, string[]>();
  const addedByHash = new Map<string, string[]>();

  for (const path of Object.keys(before)) {
    const old = before[path] as ManifestEntry;
    const next = entryOf(after, path);
    if (next === undefined) {
      if (old.size > 0) push(deletedByHash, old.hash, path);
      else changes.push({ path, kind: "deleted" });
    } else if (next.hash !== old.hash || next.mode !== old.mode) {
      changes.push({ path, kind: "modified" });
    }
  }
  for (const path of Object.keys(after)) {
    if (entryOf(before, path) !== undefined) continue;
    const next = after[path] as ManifestEntry;
    if (next.size > 0) push(addedByHash, next.hash, path);
    else changes.push({ path, kind: "added" });
  }

  for (const [hash, deleted] of deletedByHash) {
    const added = (addedByHash.get(hash) ?? []).sort(compare);
    deleted.sort(compare);
    const pairs = Math.min(deleted.length, added.length);
    for (let index = 0; index < deleted.length; index += 1) {
      const path = deleted[index] as string;
      if (index < pairs) changes.push({ path: added[index] as string, kind: "renamed", previousPath: path });
      else changes.push({ path, kind: "deleted" });
    }
    for (const path of added.slice(pairs)) changes.push({ path, kind: "added" });
    addedByHash.delete(hash);
  }
  for (const added of addedByHash.values()) {
    for (const path of added) changes.push({ path, kind: "added" });
  }
  return changes.sort((left, right) => compare(left.path, right.path));
}

/** Own entries only: a path named `__proto__` or `constructor` is a file, not an inherited member. */
function entryOf(files: ManifestFiles, path: string): ManifestEntry | undefined {
  return Object.hasOwn(files, path) ? files[path] : undefined;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
