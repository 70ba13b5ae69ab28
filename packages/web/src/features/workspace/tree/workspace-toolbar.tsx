import { FilePlus, FolderDown, FolderPlus, Upload } from "lucide-react";
import { useRef } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { iconButtonLinkStyles } from "./icon-link-styles.js";

interface WorkspaceToolbarProps {
  /** Where uploads and new entries go, shown so the user knows: "" is the top level. */
  targetFolder: string;
  downloadAllUrl: string;
  busy: boolean;
  onUpload: (files: File[]) => void;
  onNewFile: () => void;
  onNewFolder: () => void;
}

export function WorkspaceToolbar({
  targetFolder,
  downloadAllUrl,
  busy,
  onUpload,
  onNewFile,
  onNewFolder,
}: WorkspaceToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  const where = targetFolder === "" ? "the workspace" : `${targetFolder}/`;
  return (
    <div className="flex shrink-0 items-center gap-0.5 px-2 py-1.5">
      <h3 className="min-w-0 flex-1 truncate pl-1 text-[11.5px] font-semibold tracking-wide text-fg-subtle uppercase">
        Workspace
      </h3>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="workspace-upload-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          event.target.value = "";
          if (files.length > 0) onUpload(files);
        }}
      />
      <IconButton
        label={`Upload files to ${where}`}
        size="xs"
        data-testid="workspace-upload"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        <Upload aria-hidden="true" />
      </IconButton>
      <IconButton label={`New file in ${where}`} size="xs" data-testid="workspace-new-file" onClick={onNewFile}>
        <FilePlus aria-hidden="true" />
      </IconButton>
      <IconButton label={`New folder in ${where}`} size="xs" data-testid="workspace-new-folder" onClick={onNewFolder}>
        <FolderPlus aria-hidden="true" />
      </IconButton>
      <a
        href={downloadAllUrl}
        download
        aria-label="Download everything as a zip"
        title="Download everything as a zip"
        data-testid="workspace-download-all"
        className={iconButtonLinkStyles}
      >
        <FolderDown aria-hidden="true" />
      </a>
    </div>
  );
}
