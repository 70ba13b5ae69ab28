import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/error-message.js";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { TextFileView } from "../editor/text-file-view.js";
import { CompareMenu } from "../history/compare-menu.js";
import { VersionCompare } from "../history/version-compare.js";
import { downloadFile } from "../workspace-actions.js";
import { isMissingFile, workspaceFileQuery } from "../workspace-queries.js";
import { fileKindOf } from "./file-kind.js";
import { StaticFileView } from "./static-file-view.js";

interface WorkspaceFileViewProps {
  chatId: string;
  path: string;
}

/** One tab of the artifact panel: picks the view for the file's kind and hosts the version comparison. */
export function WorkspaceFileView({ chatId, path }: WorkspaceFileViewProps) {
  const queryClient = useQueryClient();
  const file = useQuery(workspaceFileQuery(chatId, path));
  const [comparing, setComparing] = useState<{ messageId: string; label: string } | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const deleted = file.isError && isMissingFile(file.error) && file.errorUpdatedAt >= file.dataUpdatedAt;

  const download = () => {
    setDownloadError(null);
    downloadFile(queryClient, chatId, path).catch((error: unknown) => {
      setDownloadError(errorMessage(error));
    });
  };
  const actions = (
    <>
      <CompareMenu chatId={chatId} onCompare={(messageId, label) => setComparing({ messageId, label })} />
      <IconButton label="Download" size="xs" onClick={download} disabled={deleted}>
        <Download aria-hidden="true" />
      </IconButton>
    </>
  );
  const overlay = comparing && (
    <VersionCompare
      chatId={chatId}
      path={path}
      messageId={comparing.messageId}
      label={comparing.label}
      current={deleted ? undefined : file.data}
      onClose={() => setComparing(null)}
    />
  );

  if (file.data === undefined) {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-2 p-6 text-center text-[13px]">
        {file.isPending ? (
          <Spinner className="size-4 text-fg-subtle" label="Loading the file" />
        ) : deleted ? (
          <p data-testid="save-status" data-status="deleted" className="text-fg-muted">
            <span className="font-mono">{path}</span> is not in the workspace.
          </p>
        ) : (
          <p className="text-danger-fg">The file could not be loaded: {errorMessage(file.error)}</p>
        )}
      </div>
    );
  }

  const kind = fileKindOf(file.data);
  return (
    <div className="flex h-full min-h-0 flex-col">
      {downloadError && (
        <p role="alert" className="bg-danger-soft px-3 py-1.5 text-[12.5px] text-danger-fg">
          {downloadError}
        </p>
      )}
      {kind === "image" || kind === "binary" ? (
        <StaticFileView file={file.data} deleted={deleted} actions={actions} overlay={overlay} onDownload={download} />
      ) : (
        <TextFileView chatId={chatId} path={path} kind={kind} file={file} actions={actions} overlay={overlay} />
      )}
    </div>
  );
}
