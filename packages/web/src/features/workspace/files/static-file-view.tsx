import type { WorkspaceFileContent } from "@covalt/contracts";
import { Download, FileQuestion } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "../../../shared/ui/button.js";
import { formatSize } from "../workspace-paths.js";
import { imageDataUrl } from "./file-kind.js";
import { FileToolbar } from "./file-toolbar.js";

interface StaticFileViewProps {
  file: WorkspaceFileContent;
  deleted: boolean;
  actions: ReactNode;
  overlay: ReactNode;
  onDownload: () => void;
}

/** Files the panel shows but does not edit: images as pictures, anything else as facts and a download. */
export function StaticFileView({ file, deleted, actions, overlay, onDownload }: StaticFileViewProps) {
  const src = imageDataUrl(file, file.content);
  return (
    <div className="flex h-full min-h-0 flex-col" data-testid={src ? "image-file-view" : "binary-file-view"}>
      <FileToolbar path={file.path} actions={actions}>
        {deleted && (
          <span
            data-testid="save-status"
            data-status="deleted"
            className="rounded-full bg-danger-soft px-2 py-0.5 text-[11.5px] font-medium text-danger-fg"
          >
            Deleted
          </span>
        )}
      </FileToolbar>
      <div className="relative min-h-0 flex-1">
        {src ? (
          <div className="flex h-full flex-col items-center justify-center gap-3 overflow-auto p-6">
            <img
              src={src}
              alt={file.path}
              className="max-h-[calc(100%-2rem)] max-w-full rounded-md border border-line bg-[repeating-conic-gradient(var(--color-hover)_0_25%,transparent_0_50%)] bg-[length:16px_16px] object-contain"
            />
            <p className="text-[12px] text-fg-subtle tabular-nums">
              {file.mimeType} · {formatSize(file.size)}
            </p>
          </div>
        ) : (
          <div className="flex h-full flex-col items-center justify-center gap-2 p-6 text-center">
            <FileQuestion className="size-8 text-fg-subtle" aria-hidden="true" />
            <p className="text-[13px] font-medium">This file cannot be shown here</p>
            <p className="text-[12.5px] text-fg-muted tabular-nums">
              {file.mimeType || "Unknown type"} · {formatSize(file.size)}
            </p>
            <Button size="sm" variant="secondary" className="mt-2" onClick={onDownload} data-testid="download-file">
              <Download aria-hidden="true" />
              Download
            </Button>
          </div>
        )}
        {overlay}
      </div>
    </div>
  );
}
