import type { FileChange, WorkspaceChangeBlock } from "@covalt/contracts";
import { FileDiff } from "lucide-react";
import { memo } from "react";

const marks: Record<FileChange["kind"], string> = { added: "+", modified: "~", deleted: "−", renamed: "→" };

export const WorkspaceChangeBlockView = memo(function WorkspaceChangeBlockView({
  block,
}: {
  block: WorkspaceChangeBlock;
}) {
  return (
    <div data-testid="workspace-change-block" className="my-2 rounded-xl border border-line px-3 py-2 text-[12.5px]">
      <p className="flex items-center gap-2 font-medium text-fg-muted">
        <FileDiff className="size-3.5" aria-hidden="true" />
        {block.changes.length === 1 ? "1 file changed" : `${block.changes.length} files changed`}
      </p>
      <ul className="mt-1 flex flex-col gap-0.5 font-mono text-[12px]">
        {block.changes.map((change) => (
          <li key={`${change.kind} ${change.path}`} className="flex gap-2">
            <span aria-label={change.kind} className="w-3 text-fg-subtle">
              {marks[change.kind]}
            </span>
            <span className="truncate">
              {change.previousPath ? `${change.previousPath} → ${change.path}` : change.path}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
});
