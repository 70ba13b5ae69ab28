import { lstat, mkdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { CovaltError, normalizeWorkspacePath } from "@covalt/core";

/** A user-supplied path through core's one normalizer, in normal form; the workspace root itself is refused. */
export function checkedPath(input: string, what = "path"): string {
  const result = normalizeWorkspacePath(input);
  if (!result.ok) throw new CovaltError("workspace-path-invalid", result.reason);
  if (result.path === ".") {
    throw new CovaltError("workspace-path-invalid", `The ${what} must name a file or folder inside the workspace.`);
  }
  return result.path;
}

/** For paths read from a manifest: they were normalized when recorded, so any other form is hostile. */
export function assertManifestPath(path: string): void {
  const result = normalizeWorkspacePath(path);
  if (!result.ok || result.path !== path || path === ".") {
    throw new CovaltError(
      "workspace-path-invalid",
      `The manifest names \`${path.slice(0, 80)}\`, which is not a path inside the workspace${result.ok ? "" : `: ${result.reason}`}`,
    );
  }
}

export type Existing = "missing" | "file" | "directory" | "link" | "other";

export async function kindOf(path: string): Promise<Existing> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return "link";
    if (info.isDirectory()) return "directory";
    return info.isFile() ? "file" : "other";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw error;
  }
}

/**
 * The absolute path of `relative` (already checked) inside `root`, for a user edit. Every existing
 * component is looked at without following links: a symbolic link anywhere on the way is refused
 * (whether it points in or out: the workspace does not version links, so writing through one
 * would change something no manifest records), as is a file where a folder is needed.
 */
export async function resolveForEdit(root: string, relative: string): Promise<{ path: string; kind: Existing }> {
  const segments = relative.split("/");
  let current = root;
  for (const [index, segment] of segments.entries()) {
    current = join(current, segment);
    const kind = await kindOf(current);
    const shown = segments.slice(0, index + 1).join("/");
    if (kind === "link") {
      throw new CovaltError(
        "workspace-path-invalid",
        `\`${shown}\` is a symbolic link; workspace edits never follow links.`,
      );
    }
    const last = index === segments.length - 1;
    if (last) return { path: current, kind };
    if (kind === "missing") return { path: join(current, ...segments.slice(index + 1)), kind: "missing" };
    if (kind !== "directory") {
      throw new CovaltError("workspace-conflict", `\`${shown}\` is a file, not a folder.`);
    }
  }
  return { path: current, kind: await kindOf(current) };
}

/**
 * Makes sure the folder `relative` exists below `root`, creating one level at a time so no link
 * is ever followed. `onObstacle` decides what happens to a link or file standing where a folder
 * must be: return true after removing it is allowed (materializing), or throw (user edits).
 */
export async function ensureFolder(
  root: string,
  relative: string,
  onObstacle: (path: string, kind: Existing) => boolean,
): Promise<string> {
  let current = root;
  if (relative === "" || relative === ".") return root;
  for (const segment of relative.split("/")) {
    current = join(current, segment);
    let kind = await kindOf(current);
    if (kind !== "missing" && kind !== "directory") {
      if (!onObstacle(current, kind)) {
        throw new CovaltError("workspace-conflict", `\`${relative}\` cannot be a folder: something else is there.`);
      }
      await unlink(current);
      kind = "missing";
    }
    if (kind === "missing") {
      await mkdir(current, { mode: 0o755 }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      });
      if ((await kindOf(current)) !== "directory") {
        throw new CovaltError("workspace-conflict", `\`${relative}\` changed while it was being created.`);
      }
    }
  }
  return current;
}
