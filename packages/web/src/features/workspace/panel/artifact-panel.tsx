import { FolderTree, PanelLeftClose, PanelLeftOpen, X } from "lucide-react";
import { classNames } from "../../../shared/ui/class-names.js";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { WorkspaceFileView } from "../files/workspace-file-view.js";
import { WorkspaceBrowser } from "../workspace-browser.js";
import { FileTabs } from "./file-tabs.js";
import { PanelResizeHandle } from "./panel-resize-handle.js";
import { clampPanelWidth, panelWidthLimits } from "./panel-tabs.js";
import { closeWorkspacePanel, useChatPanel, useWorkspacePanelStore } from "./workspace-panel-store.js";

interface ArtifactPanelProps {
  chatId: string;
  /** On narrow screens the panel covers the transcript at full width and cannot be resized. */
  floating: boolean;
}

/**
 * The chat's files beside the conversation: the workspace tree on the left, open files in tabs
 * on the right. Every open tab stays mounted (hidden when in the back), so switching tabs keeps
 * each editor's undo history and lets a pending autosave finish.
 */
export function ArtifactPanel({ chatId, floating }: ArtifactPanelProps) {
  const { tabs, active } = useChatPanel(chatId);
  const storedWidth = useWorkspacePanelStore((store) => store.width);
  const setWidth = useWorkspacePanelStore((store) => store.setWidth);
  const treeVisible = useWorkspacePanelStore((store) => store.treeVisible);
  const setTreeVisible = useWorkspacePanelStore((store) => store.setTreeVisible);
  const width = clampPanelWidth(storedWidth, window.innerWidth);
  const maximum = clampPanelWidth(Number.POSITIVE_INFINITY, window.innerWidth);
  const showTree = treeVisible || tabs.length === 0;

  return (
    <aside
      aria-label="Files"
      data-testid="artifact-panel"
      style={floating ? undefined : { width }}
      className="relative flex h-full w-full shrink-0 flex-col border-l border-line bg-canvas"
    >
      {!floating && (
        <PanelResizeHandle
          width={width}
          minimum={panelWidthLimits.minimum}
          maximum={maximum}
          onResize={(next) => setWidth(clampPanelWidth(next, window.innerWidth))}
        />
      )}
      <header className="flex h-12 shrink-0 items-center gap-1.5 border-b border-line pr-2 pl-3">
        <FolderTree className="size-4 shrink-0 text-fg-muted" aria-hidden="true" />
        <h2 className="min-w-0 flex-1 truncate text-[13.5px] font-semibold">Files</h2>
        {tabs.length > 0 && (
          <IconButton
            label={treeVisible ? "Hide the file tree" : "Show the file tree"}
            size="sm"
            aria-pressed={treeVisible}
            onClick={() => setTreeVisible(!treeVisible)}
          >
            {treeVisible ? <PanelLeftClose aria-hidden="true" /> : <PanelLeftOpen aria-hidden="true" />}
          </IconButton>
        )}
        <IconButton
          label="Close files"
          size="sm"
          data-testid="close-artifact-panel"
          onClick={() => closeWorkspacePanel(chatId)}
        >
          <X aria-hidden="true" />
        </IconButton>
      </header>
      <div className="flex min-h-0 flex-1">
        {showTree && (
          <div
            className={classNames(
              "min-h-0 bg-sidebar",
              tabs.length === 0 ? "flex-1" : "w-[min(240px,40%)] shrink-0 border-r border-line",
            )}
          >
            <WorkspaceBrowser chatId={chatId} activePath={active} />
          </div>
        )}
        {tabs.length > 0 && (
          <div className="flex min-w-0 flex-1 flex-col">
            <FileTabs chatId={chatId} tabs={tabs} active={active} />
            {tabs.map((path) => (
              <div key={path} role="tabpanel" className={path === active ? "min-h-0 flex-1" : "hidden"}>
                <WorkspaceFileView chatId={chatId} path={path} />
              </div>
            ))}
          </div>
        )}
      </div>
    </aside>
  );
}
