import type { WorkspaceFileContent } from "@covalt/contracts";
import type { UseQueryResult } from "@tanstack/react-query";
import { Eye, PencilLine } from "lucide-react";
import { lazy, Suspense, useMemo, useState, type ReactNode } from "react";
import { SegmentedControl } from "../../../shared/ui/segmented-control.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { Markdown } from "../../chat/blocks/markdown.js";
import { buildSandboxDocument } from "../../renderers/html/sandbox-document.js";
import { SandboxFrame } from "../../renderers/html/sandbox-frame.js";
import { FileToolbar } from "../files/file-toolbar.js";
import { hasPreview, imageDataUrl, type FileKind } from "../files/file-kind.js";
import { SaveStatusPill } from "../files/save-status-pill.js";
import { ConflictBar } from "./conflict-bar.js";
import { useTextFileSession } from "./use-text-file-session.js";

// CodeMirror is the heaviest part of the panel; the chat paints without waiting for it.
const FileEditor = lazy(() => import("./file-editor.js"));

type Mode = "preview" | "edit";
const modeOptions = [
  { value: "preview", label: "Preview", icon: <Eye aria-hidden="true" /> },
  { value: "edit", label: "Edit", icon: <PencilLine aria-hidden="true" /> },
] as const;

interface TextFileViewProps {
  chatId: string;
  path: string;
  kind: FileKind;
  file: UseQueryResult<WorkspaceFileContent, unknown>;
  actions: ReactNode;
  /** Shown over the body (a version comparison) while the editor stays mounted underneath. */
  overlay: ReactNode;
}

/** A UTF-8 file: editable with autosave; markdown, HTML and SVG also have a rendered preview. */
export function TextFileView({ chatId, path, kind, file, actions, overlay }: TextFileViewProps) {
  const { session, edit, keepMine, takeTheirs, restore, saveNow } = useTextFileSession(chatId, path, file);
  const previewable = hasPreview(kind);
  const [mode, setMode] = useState<Mode>(previewable ? "preview" : "edit");

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="text-file-view" data-kind={kind}>
      <FileToolbar path={path} actions={actions}>
        {previewable && (
          <span className="origin-right scale-90">
            <SegmentedControl
              label="View"
              options={modeOptions}
              value={mode}
              onChange={setMode}
              testIdPrefix="file-mode"
            />
          </span>
        )}
        <SaveStatusPill phase={session.phase} />
      </FileToolbar>
      <ConflictBar
        path={path}
        session={session}
        onKeepMine={keepMine}
        onTakeTheirs={takeTheirs}
        onRestore={restore}
        onRetry={saveNow}
      />
      <div className="relative min-h-0 flex-1">
        {session.phase === "loading" ? (
          <div className="flex h-full items-center justify-center text-fg-subtle">
            <Spinner className="size-4" label="Loading the file" />
          </div>
        ) : (
          <>
            <div className={mode === "edit" || !previewable ? "h-full" : "hidden"}>
              <Suspense
                fallback={<pre className="h-full overflow-auto p-3 font-mono text-[12.5px]">{session.draft}</pre>}
              >
                <FileEditor path={path} text={session.draft} revision={session.revision} onChange={edit} />
              </Suspense>
            </div>
            {previewable && mode === "preview" && <FilePreview path={path} kind={kind} text={session.draft} />}
          </>
        )}
        {overlay}
      </div>
    </div>
  );
}

function FilePreview({ path, kind, text }: { path: string; kind: FileKind; text: string }) {
  const document = useMemo(() => (kind === "html" ? buildSandboxDocument(text) : ""), [kind, text]);
  if (kind === "html") {
    return (
      <div className="h-full bg-white" data-testid="html-preview">
        <SandboxFrame title={`Preview of ${path}`} document={document} height="100%" />
      </div>
    );
  }
  if (kind === "svg") {
    const src = imageDataUrl({ path, mimeType: "image/svg+xml", encoding: "utf8" }, text);
    return (
      <div className="flex h-full items-center justify-center overflow-auto p-4" data-testid="svg-preview">
        {src && <img src={src} alt={path} className="max-h-full max-w-full" />}
      </div>
    );
  }
  return (
    <div className="h-full overflow-auto px-5 py-4" data-testid="markdown-preview">
      <Markdown text={text} streaming={false} />
    </div>
  );
}
