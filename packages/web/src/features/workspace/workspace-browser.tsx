import type { WorkspaceEntry } from "@covalt/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { openWorkspaceFile } from "./panel/workspace-panel-store.js";
import type { EntryAction } from "./tree/entry-menu.js";
import { NameInput } from "./tree/name-input.js";
import { treeKeyHandler } from "./tree/use-tree-keys.js";
import { WorkspaceEntryRow } from "./tree/workspace-entry-row.js";
import { WorkspaceToolbar } from "./tree/workspace-toolbar.js";
import { buildWorkspaceTree, visibleWorkspaceRows, type WorkspaceRow } from "./tree/workspace-tree-model.js";
import * as actions from "./workspace-actions.js";
import { joinPath, parentPath } from "./workspace-paths.js";
import { workspaceTreeQuery } from "./workspace-queries.js";

const noEntries: readonly WorkspaceEntry[] = [];

/** The chat's files as a tree, with upload, new file/folder, rename, delete and downloads. */
export function WorkspaceBrowser({ chatId, activePath }: { chatId: string; activePath: string | null }) {
  const queryClient = useQueryClient();
  const tree = useQuery(workspaceTreeQuery(chatId));
  const entries = tree.data?.entries ?? noEntries;
  const roots = useMemo(() => buildWorkspaceTree(entries), [entries]);
  const [expanded, setExpandedSet] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visibleWorkspaceRows(roots, expanded), [roots, expanded]);
  const [selected, setSelected] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [creating, setCreating] = useState<"file" | "directory" | null>(null);
  const [deleting, setDeleting] = useState<WorkspaceRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const current = selected ?? activePath;
  const selectedRow = rows.find((row) => row.node.path === current);
  const targetFolder =
    selectedRow === undefined
      ? ""
      : selectedRow.node.kind === "directory"
        ? selectedRow.node.path
        : parentPath(selectedRow.node.path);

  const setExpanded = (path: string, open: boolean) => {
    setExpandedSet((set) => {
      const next = new Set(set);
      if (open) next.add(path);
      else next.delete(path);
      return next;
    });
  };
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    work()
      .catch((error: unknown) => {
        setFailure(errorMessage(error));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  const open = (row: WorkspaceRow) => {
    setSelected(row.node.path);
    if (row.node.kind === "directory") setExpanded(row.node.path, !row.expanded);
    else openWorkspaceFile(chatId, row.node.path);
  };
  const act = (row: WorkspaceRow, action: EntryAction) => {
    setSelected(row.node.path);
    if (action === "rename") setRenaming(row.node.path);
    else if (action === "delete") setDeleting(row);
    else if (row.node.kind === "directory") window.location.assign(actions.folderDownloadUrl(chatId, row.node.path));
    else run(() => actions.downloadFile(queryClient, chatId, row.node.path));
  };
  const create = (name: string) => {
    const path = joinPath(targetFolder, name);
    const kind = creating;
    setCreating(null);
    if (targetFolder !== "") setExpanded(targetFolder, true);
    run(() =>
      kind === "directory"
        ? actions.createFolder(queryClient, chatId, path)
        : actions.createFile(queryClient, chatId, path),
    );
  };

  return (
    <section data-testid="workspace-panel" aria-label="Workspace files" className="flex h-full min-h-0 flex-col">
      <WorkspaceToolbar
        targetFolder={targetFolder}
        downloadAllUrl={actions.folderDownloadUrl(chatId, "")}
        busy={busy}
        onUpload={(files) => run(() => actions.uploadFiles(queryClient, chatId, targetFolder, files, entries))}
        onNewFile={() => setCreating("file")}
        onNewFolder={() => setCreating("directory")}
      />
      {failure && (
        <p
          role="alert"
          data-testid="workspace-error"
          className="mx-2 mb-1 rounded-lg bg-danger-soft px-2.5 py-1.5 text-[12px] text-danger-fg"
        >
          {failure}
        </p>
      )}
      {creating && (
        <div className="mx-2 mb-1 flex items-start gap-1.5 text-[12px] text-fg-subtle">
          <span className="mt-1 shrink-0">{targetFolder ? `${targetFolder}/` : "/"}</span>
          <NameInput
            initial=""
            label={creating === "file" ? "Name of the new file" : "Name of the new folder"}
            testId="workspace-new-name"
            onSubmit={create}
            onCancel={() => setCreating(null)}
          />
        </div>
      )}
      {tree.isPending ? (
        <div className="flex flex-1 items-center justify-center text-fg-subtle">
          <Spinner className="size-4" label="Loading the workspace" />
        </div>
      ) : tree.isError ? (
        <p className="m-3 text-[12.5px] text-danger-fg">
          The workspace could not be loaded: {errorMessage(tree.error)}
        </p>
      ) : rows.length === 0 ? (
        <p data-testid="workspace-empty" className="m-3 text-[12.5px] leading-relaxed text-fg-muted">
          No files yet. Upload some, create one, or let a tool write them.
        </p>
      ) : (
        <div
          role="tree"
          aria-label="Workspace files"
          data-testid="workspace-tree"
          onKeyDown={treeKeyHandler({ rows, selected: current, select: setSelected, setExpanded })}
          className="min-h-0 flex-1 overflow-y-auto px-1.5 pb-2"
        >
          {rows.map((row) => (
            <WorkspaceEntryRow
              key={row.node.path}
              row={row}
              selected={row.node.path === current}
              renaming={row.node.path === renaming}
              onOpen={open}
              onAction={act}
              onRename={(target, name) => {
                setRenaming(null);
                const to = joinPath(parentPath(target.node.path), name);
                if (to !== target.node.path) run(() => actions.renameEntry(queryClient, chatId, target.node.path, to));
              }}
              onCancelRename={() => setRenaming(null)}
            />
          ))}
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={deleting?.node.kind === "directory" ? "Delete this folder?" : "Delete this file?"}
        description={
          <>
            <span className="font-mono">{deleting?.node.path}</span>
            {deleting?.node.kind === "directory" ? " and everything in it" : ""} will be removed from the workspace.
            Earlier versions stay in the chat's history.
          </>
        }
        confirmLabel="Delete"
        testId="workspace-delete-dialog"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) run(() => actions.deleteEntry(queryClient, chatId, target.node.path));
        }}
      />
    </section>
  );
}
