import type { FileChange, WorkspaceChangeBlock } from "@covalt/contracts";
import { useParams } from "@tanstack/react-router";
import { FileDiff } from "lucide-react";
import { memo } from "react";
import { openWorkspaceFile } from "../../workspace/panel/workspace-panel-store.js";

const marks: Record<FileChange["kind"], string> = { added: "+", modified: "~", deleted: "−", renamed: "→" };

export const WorkspaceChangeBlockView = memo(function WorkspaceChangeBlockView({
  block,
}: {
  block: WorkspaceChangeBlock;
}) {
  const chatId = useParams({ strict: false, select: (params) => params.chatId });
  return (
    <div data-testid="workspace-change-block" className="my-2 rounded-xl border border-line px-3 py-2 text-[12.5px]">
      <p className="flex items-center gap-2 font-medium text-fg-muted">
        <FileDiff className="size-3.5" aria-hidden="true" />
        {block.changes.length === 1 ? "1 file changed" : `${block.changes.length} files changed`}
      </p>
      <ul className="mt-1 flex flex-col gap-0.5 font-mono text-[12px]">
        {block.changes.map((change) => {
          const label = change.previousPath ? `${change.previousPath} → ${change.path}` : change.path;
          // A deleted file has nothing to open; the others open in the artifact panel.
          const openable = chatId !== undefined && change.kind !== "deleted";
          return (
            <li key={`${change.kind} ${change.path}`} className="flex min-w-0 gap-2">
              <span aria-label={change.kind} className="w-3 shrink-0 text-fg-subtle">
                {marks[change.kind]}
              </span>
              {openable ? (
                <button
                  type="button"
                  data-testid="workspace-change-open"
                  data-path={change.path}
                  title={`Open ${change.path}`}
                  onClick={() => openWorkspaceFile(chatId, change.path)}
                  className="min-w-0 truncate text-left text-accent-fg hover:underline focus-visible:underline focus-visible:outline-none"
                >
                  {label}
                </button>
              ) : (
                <span className="min-w-0 truncate text-fg-muted line-through decoration-fg-subtle">{label}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
