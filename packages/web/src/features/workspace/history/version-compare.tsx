import type { WorkspaceFileContent } from "@covalt/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { RotateCcw, X } from "lucide-react";
import { Suspense, useState } from "react";
import { errorMessage } from "../../../shared/api/error-message.js";
import { Button } from "../../../shared/ui/button.js";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { rendererRegistry } from "../../renderers/renderer-registry.js";
import { restoreVersion } from "../workspace-actions.js";
import { formatSize } from "../workspace-paths.js";
import { isMissingFile, workspaceFileAtQuery } from "../workspace-queries.js";

const DiffView = rendererRegistry.diff.Result;

interface VersionCompareProps {
  chatId: string;
  path: string;
  messageId: string;
  label: string;
  /** The file now; undefined when it no longer exists. */
  current: WorkspaceFileContent | undefined;
  onClose: () => void;
}

/** The file after an earlier message beside the file now, with a way back to that version. */
export function VersionCompare({ chatId, path, messageId, label, current, onClose }: VersionCompareProps) {
  const queryClient = useQueryClient();
  const past = useQuery(workspaceFileAtQuery(chatId, path, messageId));
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const restore = () => {
    setRestoring(true);
    setFailure(null);
    restoreVersion(queryClient, chatId, path, messageId).then(onClose, (error: unknown) => {
      setRestoring(false);
      setFailure(errorMessage(error));
    });
  };

  return (
    <div data-testid="version-compare" className="absolute inset-0 z-10 flex flex-col bg-canvas">
      <div className="flex shrink-0 items-center gap-2 border-b border-line px-3 py-2">
        <p
          className="min-w-0 flex-1 truncate text-[12.5px] text-fg-muted"
          title={`As it was after the message of ${label}`}
        >
          <span className="font-medium text-fg">{label}</span> → now
        </p>
        <Button size="xs" variant="secondary" onClick={restore} disabled={restoring || !past.isSuccess}>
          <RotateCcw aria-hidden="true" />
          Restore this version
        </Button>
        <IconButton label="Close the comparison" size="xs" onClick={onClose}>
          <X aria-hidden="true" />
        </IconButton>
      </div>
      {failure && (
        <p role="alert" className="mx-3 mt-2 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          {failure}
        </p>
      )}
      <div className="min-h-0 flex-1 overflow-auto p-3">
        {past.isPending ? (
          <Spinner className="size-4 text-fg-subtle" label="Loading the earlier version" />
        ) : past.isError ? (
          <p className="text-[13px] text-fg-muted">
            {isMissingFile(past.error) ? "The file did not exist then." : errorMessage(past.error)}
          </p>
        ) : past.data.encoding === "utf8" && current?.encoding !== "base64" ? (
          <Suspense fallback={null}>
            <DiffView
              config={{ before: past.data.content, after: current?.content ?? "", path }}
              title={current ? "Then → now" : "Then → deleted"}
              mode="result"
            />
          </Suspense>
        ) : (
          <p className="text-[13px] text-fg-muted tabular-nums">
            Binary file: {formatSize(past.data.size)} then, {current ? formatSize(current.size) : "deleted"} now
            {current?.hash === past.data.hash ? " (identical)." : "."}
          </p>
        )}
      </div>
    </div>
  );
}
