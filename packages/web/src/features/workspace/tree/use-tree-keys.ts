import type { KeyboardEvent } from "react";
import type { WorkspaceRow } from "./workspace-tree-model.js";

interface TreeKeyHandlers {
  rows: readonly WorkspaceRow[];
  selected: string | null;
  select: (path: string) => void;
  setExpanded: (path: string, expanded: boolean) => void;
}

/** The tree pattern's keys: ↑ ↓ Home End move, → unfolds or steps in, ← folds or steps out. */
export function treeKeyHandler({ rows, selected, select, setExpanded }: TreeKeyHandlers) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const index = Math.max(
      0,
      rows.findIndex((row) => row.node.path === selected),
    );
    const row = rows[index];
    if (row === undefined) return;
    const tree = event.currentTarget;
    const focus = (target: WorkspaceRow | undefined) => {
      if (target === undefined) return;
      select(target.node.path);
      requestAnimationFrame(() => {
        tree.querySelector<HTMLElement>(`[data-path="${CSS.escape(target.node.path)}"]`)?.focus();
      });
    };
    const folder = row.node.kind === "directory";
    if (event.key === "ArrowDown") focus(rows[index + 1]);
    else if (event.key === "ArrowUp") focus(rows[index - 1]);
    else if (event.key === "Home") focus(rows[0]);
    else if (event.key === "End") focus(rows.at(-1));
    else if (event.key === "ArrowRight" && folder && !row.expanded) setExpanded(row.node.path, true);
    else if (event.key === "ArrowRight" && folder) focus(rows[index + 1]);
    else if (event.key === "ArrowLeft" && folder && row.expanded) setExpanded(row.node.path, false);
    else if (event.key === "ArrowLeft")
      focus(rows.findLast((other, at) => at < index && other.depth === row.depth - 1));
    else return;
    event.preventDefault();
  };
}
