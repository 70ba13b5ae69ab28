import { lstat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Whether the file system holding `folder` (an existing folder) treats names that differ only by
 * case as one, as macOS and Windows do by default: the nearest folder on the way up whose name has
 * letters is looked up under that name in the other case, and counts as the same when both lookups
 * reach one inode (on a case-sensitive disk the other name is missing, or another entry). Nothing
 * is written. A folder whose path has no letters at all is taken as case-sensitive.
 */
export async function ignoresCase(folder: string): Promise<boolean> {
  for (let current = folder; dirname(current) !== current; current = dirname(current)) {
    const name = basename(current);
    const upper = name.toUpperCase();
    const other = upper === name ? name.toLowerCase() : upper;
    if (other === name) continue;
    const [one, flipped] = await Promise.all([lstat(current), lstat(join(dirname(current), other)).catch(() => null)]);
    return flipped !== null && flipped.dev === one.dev && flipped.ino === one.ino;
  }
  return false;
}
