import { lstat, realpath } from "node:fs/promises";
import { join } from "node:path";
import { normalizeWorkspacePath } from "@covalt/core";
import { refuseCaseClash } from "../../workspace/case-clash-on-disk.js";
import { isInside } from "../is-inside.js";

/**
 * Turns a tool's relative path into an absolute one inside the workspace, or throws a message the
 * model can act on. The lexical rules come from core; this adds what only the disk knows: Node's
 * permission model follows symlinks, so a link inside the workspace that points out (directly, via
 * a chain, or dangling so a write would create the target) must be caught here.
 *
 * `workspaceRoot` must already be a real path (no symlinks in it). Each existing component is
 * checked with lstat; a link is resolved with realpath and must land inside. Components that do not
 * exist yet cannot be links, so the walk stops at the first missing one. A link swapped in between
 * this check and the tool's own file access is not covered; only this process writes there.
 *
 * For a write, a new name that differs only by case from an entry in its folder is refused, with
 * the same check and words as the workspace API (`refuseCaseClash`), after the walk has made sure
 * every link on the way stays inside.
 */
export async function resolveInWorkspace(
  workspaceRoot: string,
  relativePath: unknown,
  options: { write?: boolean } = {},
): Promise<string> {
  if (typeof relativePath !== "string") throw new Error("A path must be a string relative to the workspace.");
  const normalized = normalizeWorkspacePath(relativePath);
  if (!normalized.ok) throw new Error(normalized.reason);
  if (normalized.path === ".") return workspaceRoot;
  const resolved = await confine(workspaceRoot, normalized.path);
  if (options.write === true) await refuseCaseClash(workspaceRoot, normalized.path);
  return resolved;
}

async function confine(workspaceRoot: string, relative: string): Promise<string> {
  const segments = relative.split("/");
  let current = workspaceRoot;
  for (const [index, segment] of segments.entries()) {
    const candidate = join(current, segment);
    const kind = await linkKind(candidate);
    if (kind === "missing") return join(candidate, ...segments.slice(index + 1));
    if (kind === "other") {
      current = candidate;
      continue;
    }
    const target = await realpath(candidate).catch(() => undefined);
    const shown = segments.slice(0, index + 1).join("/");
    if (target === undefined) {
      throw new Error(`\`${shown}\` is a symbolic link to something that does not exist; it cannot be followed.`);
    }
    if (!isInside(workspaceRoot, target)) {
      throw new Error(`\`${shown}\` is a symbolic link that leads outside the workspace; paths must stay inside it.`);
    }
    current = target;
  }
  return current;
}

async function linkKind(path: string): Promise<"missing" | "link" | "other"> {
  try {
    return (await lstat(path)).isSymbolicLink() ? "link" : "other";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file; the tool's own file access will report that in its words.
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw error;
  }
}
