import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { FileChange, ManifestFiles, WorkspaceEntry } from "@covalt/contracts";

/** More entries than anyone browses; past it the listing stops rather than stalling the server. */
const maxEntries = 20_000;

/**
 * The workspace as the browser shows it: every file of the recorded manifest (with its hash, size
 * and whether the last run added or modified it), plus the folders on disk, including empty ones
 * the user just created. Symlinks are not followed.
 */
export async function workspaceTree(
  dir: string,
  files: ManifestFiles,
  lastRunChanges: readonly FileChange[],
): Promise<WorkspaceEntry[]> {
  const changed = new Map<string, "added" | "modified">();
  for (const change of lastRunChanges) {
    if (change.kind === "added" || change.kind === "renamed") changed.set(change.path, "added");
    else if (change.kind === "modified") changed.set(change.path, "modified");
  }
  const entries: WorkspaceEntry[] = [];
  const folders = new Set<string>();
  for (const [path, entry] of Object.entries(files)) {
    const mark = changed.get(path);
    entries.push({
      path,
      kind: "file",
      size: entry.size,
      hash: entry.hash,
      ...(mark === undefined ? {} : { changed: mark }),
    });
    const parts = path.split("/");
    for (let depth = 1; depth < parts.length; depth++) folders.add(parts.slice(0, depth).join("/"));
  }
  for (const folder of await foldersOnDisk(dir)) folders.add(folder);
  for (const folder of folders) entries.push({ path: folder, kind: "directory" });
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

async function foldersOnDisk(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [""];
  while (pending.length > 0 && found.length < maxEntries) {
    const relative = pending.pop() ?? "";
    let children: Dirent[];
    try {
      children = await readdir(join(root, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const child of children) {
      if (!child.isDirectory()) continue;
      const path = relative === "" ? child.name : `${relative}/${child.name}`;
      found.push(path);
      pending.push(path);
    }
  }
  return found;
}
