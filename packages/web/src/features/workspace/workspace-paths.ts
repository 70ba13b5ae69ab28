/**
 * Workspace paths are relative POSIX paths ("src/app.ts"); the root is "". The server rejects
 * anything that escapes the root; these helpers only build and compare paths the UI shows.
 */

export function baseName(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? path : path.slice(slash + 1);
}

/** The folder holding `path`; "" for a top-level entry. */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

export function joinPath(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

/** Lower-case extension without the dot, "" when there is none (".env" has none). */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** True when `path` is `folder` itself or lies somewhere inside it. */
export function isWithin(path: string, folder: string): boolean {
  return folder === "" || path === folder || path.startsWith(`${folder}/`);
}

/** Where `path` ends up after `from` moved to `to`; unchanged when the move does not touch it. */
export function movedPath(path: string, from: string, to: string): string {
  if (path === from) return to;
  if (path.startsWith(`${from}/`)) return to + path.slice(from.length);
  return path;
}

/**
 * Why a name typed into the tree cannot be used, or null when it can. Slashes are allowed so
 * "docs/readme.md" creates the folder on the way, but every segment must be a plain name.
 */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Type a name.";
  if (trimmed.startsWith("/")) return "Use a path inside the workspace, without a leading slash.";
  if (trimmed.includes("\\")) return "Use / to separate folders.";
  const segments = trimmed.split("/");
  if (segments.some((segment) => segment === "." || segment === "..")) return "“.” and “..” are not allowed.";
  if (segments.some((segment) => segment === "")) return "A folder name is empty.";
  return null;
}

const units = ["KB", "MB", "GB"];

/** 0 B, 999 B, 1.2 KB, 34 KB, 5.6 MB: one decimal below ten, none above. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  let value = bytes;
  let unit = "B";
  for (const next of units) {
    if (value < 1000) break;
    value /= 1024;
    unit = next;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toString()} ${unit}`;
}
