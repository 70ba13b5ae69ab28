import { Suspense, useState, type ReactNode } from "react";
import { Button } from "../../../shared/ui/button.js";
import { rendererRegistry } from "../../renderers/renderer-registry.js";
import type { EditorSession } from "./save-machine.js";

interface ConflictBarProps {
  path: string;
  session: EditorSession;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onRestore: () => void;
  onRetry: () => void;
}

const DiffView = rendererRegistry.diff.Result;

/**
 * Says why the file is not saving and offers the ways out. A conflict never resolves itself:
 * the user's edits stay in the editor until they choose to keep them or take the other version.
 */
export function ConflictBar({ path, session, onKeepMine, onTakeTheirs, onRestore, onRetry }: ConflictBarProps) {
  const [showDiff, setShowDiff] = useState(true);

  if (session.phase === "deleted") {
    return (
      <Bar tone="danger" testId="deleted-bar" message="This file was deleted from the workspace.">
        <Button size="xs" variant="secondary" onClick={onRestore} data-testid="restore-deleted">
          Restore
        </Button>
      </Bar>
    );
  }
  if (session.phase === "error") {
    return (
      <Bar
        tone="danger"
        testId="save-error-bar"
        message={`Not saved: ${session.error ?? "the server did not answer."}`}
      >
        <Button size="xs" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </Bar>
    );
  }
  if (session.phase !== "conflict" || session.theirs === null) return null;

  return (
    <div className="shrink-0 border-b border-line">
      <Bar tone="warning" testId="conflict-bar" message="This file changed since you opened it.">
        <Button size="xs" variant="ghost" onClick={() => setShowDiff(!showDiff)} aria-expanded={showDiff}>
          {showDiff ? "Hide changes" : "Show changes"}
        </Button>
        <Button size="xs" variant="secondary" onClick={onTakeTheirs} data-testid="take-theirs">
          Take theirs
        </Button>
        <Button size="xs" variant="primary" onClick={onKeepMine} data-testid="keep-mine">
          Keep mine
        </Button>
      </Bar>
      {showDiff && (
        <div className="max-h-72 overflow-auto bg-warning-soft/40 px-3 pb-3" data-testid="conflict-diff">
          <Suspense fallback={null}>
            <DiffView
              config={{ before: session.theirs.text, after: session.draft, path }}
              title="Their version → yours"
              mode="result"
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}

interface BarProps {
  tone: "warning" | "danger";
  message: string;
  testId: string;
  children: ReactNode;
}

function Bar({ tone, message, testId, children }: BarProps) {
  const colours = tone === "warning" ? "bg-warning-soft text-warning-fg" : "bg-danger-soft text-danger-fg";
  return (
    <div role="alert" data-testid={testId} className={`flex flex-wrap items-center gap-2 px-3 py-2 ${colours}`}>
      <p className="min-w-48 flex-1 text-[12.5px] font-medium">{message}</p>
      <span className="flex shrink-0 items-center gap-1.5">{children}</span>
    </div>
  );
}
