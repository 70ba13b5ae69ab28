import { ChevronRight, File, Folder, FolderOpen } from "lucide-react";
import { classNames } from "../../../shared/ui/class-names.js";
import { formatSize } from "../workspace-paths.js";
import { EntryMenu, type EntryAction } from "./entry-menu.js";
import { NameInput } from "./name-input.js";
import type { WorkspaceRow } from "./workspace-tree-model.js";

interface WorkspaceEntryRowProps {
  row: WorkspaceRow;
  selected: boolean;
  renaming: boolean;
  onOpen: (row: WorkspaceRow) => void;
  onAction: (row: WorkspaceRow, action: EntryAction) => void;
  onRename: (row: WorkspaceRow, name: string) => void;
  onCancelRename: () => void;
}

const changeNote = { added: "Added by the last run", modified: "Modified by the last run" };

export function WorkspaceEntryRow({
  row,
  selected,
  renaming,
  onOpen,
  onAction,
  onRename,
  onCancelRename,
}: WorkspaceEntryRowProps) {
  const { node, depth, expanded } = row;
  const folder = node.kind === "directory";
  const FolderIcon = expanded ? FolderOpen : Folder;
  const note = node.changed
    ? changeNote[node.changed]
    : node.changedInside > 0
      ? `${node.changedInside} changed by the last run`
      : undefined;
  return (
    <div
      role="treeitem"
      aria-selected={selected}
      aria-expanded={folder ? expanded : undefined}
      aria-level={depth + 1}
      tabIndex={selected ? 0 : -1}
      data-testid="workspace-entry"
      data-path={node.path}
      data-kind={node.kind}
      data-changed={node.changed ?? ""}
      onClick={() => onOpen(row)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === "Enter") onOpen(row);
        else if (event.key === "F2") onAction(row, "rename");
        else if (event.key === "Delete") onAction(row, "delete");
        else return;
        event.preventDefault();
      }}
      className={classNames(
        "group flex h-7 cursor-pointer items-center gap-1.5 rounded-md pr-1 text-[13px] outline-none select-none",
        "focus-visible:ring-2 focus-visible:ring-focus/40",
        selected ? "bg-selected text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
      )}
      style={{ paddingLeft: 6 + depth * 14 }}
    >
      <ChevronRight
        aria-hidden="true"
        className={classNames(
          "size-3.5 shrink-0 text-fg-subtle transition-transform duration-100",
          !folder && "invisible",
          expanded && "rotate-90",
        )}
      />
      {folder ? (
        <FolderIcon aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
      ) : (
        <File aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
      )}
      {renaming ? (
        <NameInput
          initial={node.name}
          label={`New name for ${node.name}`}
          testId="workspace-rename-input"
          onSubmit={(name) => onRename(row, name)}
          onCancel={onCancelRename}
        />
      ) : (
        <span className="min-w-0 flex-1 truncate">{node.name}</span>
      )}
      {note && !renaming && (
        <span
          title={note}
          aria-label={note}
          data-testid="workspace-changed-marker"
          className={classNames(
            "size-1.5 shrink-0 rounded-full",
            node.changed === "added" ? "bg-success-fg" : node.changed ? "bg-accent" : "bg-fg-subtle",
          )}
        />
      )}
      {!folder && node.size !== undefined && !renaming && (
        <span className="shrink-0 text-[11px] text-fg-subtle tabular-nums">{formatSize(node.size)}</span>
      )}
      {!renaming && <EntryMenu name={node.name} kind={node.kind} onAction={(action) => onAction(row, action)} />}
    </div>
  );
}
