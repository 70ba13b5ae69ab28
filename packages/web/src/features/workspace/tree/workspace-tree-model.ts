import type { WorkspaceEntry } from "@covalt/contracts";
import { baseName, parentPath } from "../workspace-paths.js";

export interface WorkspaceNode {
  path: string;
  name: string;
  kind: "file" | "directory";
  size: number | undefined;
  changed: "added" | "modified" | undefined;
  /** Files changed by the last run somewhere below a folder, so a folded folder can say so. */
  changedInside: number;
  children: WorkspaceNode[];
}

export interface WorkspaceRow {
  node: WorkspaceNode;
  depth: number;
  expanded: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function compareNodes(left: WorkspaceNode, right: WorkspaceNode): number {
  if (left.kind !== right.kind) return left.kind === "directory" ? -1 : 1;
  return collator.compare(left.name, right.name) || (left.name < right.name ? -1 : 1);
}

/**
 * Nests the server's flat entry list into folders, folders first and names in natural order
 * ("file2" before "file10"). A folder that only appears inside a file's path gets a node too,
 * so a list without directory entries still forms a tree.
 */
export function buildWorkspaceTree(entries: readonly WorkspaceEntry[]): WorkspaceNode[] {
  const root: WorkspaceNode[] = [];
  const folders = new Map<string, WorkspaceNode>();

  const childrenOf = (folder: string): WorkspaceNode[] => {
    if (folder === "") return root;
    return ensureFolder(folder).children;
  };
  const ensureFolder = (path: string): WorkspaceNode => {
    const existing = folders.get(path);
    if (existing) return existing;
    const node: WorkspaceNode = {
      path,
      name: baseName(path),
      kind: "directory",
      size: undefined,
      changed: undefined,
      changedInside: 0,
      children: [],
    };
    folders.set(path, node);
    childrenOf(parentPath(path)).push(node);
    return node;
  };

  for (const entry of entries) {
    const path = entry.path.replace(/^\.\/|\/+$/g, "");
    if (path === "" || path === ".") continue;
    if (entry.kind === "directory") {
      ensureFolder(path).changed = entry.changed;
      continue;
    }
    childrenOf(parentPath(path)).push({
      path,
      name: baseName(path),
      kind: "file",
      size: entry.size,
      changed: entry.changed,
      changedInside: 0,
      children: [],
    });
    if (entry.changed) {
      for (let folder = parentPath(path); folder !== ""; folder = parentPath(folder)) {
        ensureFolder(folder).changedInside++;
      }
    }
  }

  const sortDeep = (nodes: WorkspaceNode[]) => {
    nodes.sort(compareNodes);
    for (const node of nodes) sortDeep(node.children);
  };
  sortDeep(root);
  return root;
}

/** The rows a tree shows with the given folders unfolded, in display order. */
export function visibleWorkspaceRows(roots: readonly WorkspaceNode[], expanded: ReadonlySet<string>): WorkspaceRow[] {
  const rows: WorkspaceRow[] = [];
  const walk = (nodes: readonly WorkspaceNode[], depth: number) => {
    for (const node of nodes) {
      const open = node.kind === "directory" && expanded.has(node.path);
      rows.push({ node, depth, expanded: open });
      if (open) walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  return rows;
}

/** Every folder above `path`, so revealing a file can unfold the way to it. */
export function ancestorFolders(path: string): string[] {
  const folders: string[] = [];
  for (let folder = parentPath(path); folder !== ""; folder = parentPath(folder)) folders.unshift(folder);
  return folders;
}
