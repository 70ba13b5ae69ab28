import { sep } from "node:path";

/** Whether `path` is `root` or below it; both must be absolute and already resolved. */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
