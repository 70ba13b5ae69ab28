import { X } from "lucide-react";
import { useEffect, useRef } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { baseName } from "../workspace-paths.js";
import { closeWorkspaceTab, showWorkspaceTab } from "./workspace-panel-store.js";

interface FileTabsProps {
  chatId: string;
  tabs: readonly string[];
  active: string | null;
}

/** The open files; the middle button closes a tab as in browsers and editors. */
export function FileTabs({ chatId, tabs, active }: FileTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  // A file opened from the transcript may land beyond the visible tabs; bring it into view.
  useEffect(() => {
    if (active === null) return;
    list.current
      ?.querySelector(`[data-path="${CSS.escape(active)}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active]);
  if (tabs.length === 0) return null;
  return (
    <div
      ref={list}
      role="tablist"
      aria-label="Open files"
      className="flex h-9 shrink-0 items-end gap-0.5 overflow-x-auto border-b border-line px-1.5"
    >
      {tabs.map((path) => {
        const selected = path === active;
        return (
          <div
            key={path}
            className={classNames(
              "group flex h-8 max-w-[200px] shrink-0 items-center rounded-t-lg border border-b-0 text-[12.5px]",
              selected
                ? "border-line bg-canvas text-fg"
                : "border-transparent text-fg-muted hover:bg-hover hover:text-fg",
            )}
          >
            <button
              type="button"
              role="tab"
              aria-selected={selected}
              title={path}
              data-testid="artifact-tab"
              data-path={path}
              onClick={() => showWorkspaceTab(chatId, path)}
              onAuxClick={(event) => {
                if (event.button === 1) closeWorkspaceTab(chatId, path);
              }}
              className="h-full min-w-0 truncate pr-1 pl-2.5 outline-none focus-visible:underline"
            >
              {baseName(path)}
            </button>
            <button
              type="button"
              aria-label={`Close ${baseName(path)}`}
              title="Close"
              onClick={() => closeWorkspaceTab(chatId, path)}
              className={classNames(
                "mr-1 flex size-5 shrink-0 items-center justify-center rounded-md text-fg-subtle hover:bg-hover hover:text-fg [&_svg]:size-3",
                !selected && "opacity-0 group-hover:opacity-100 focus-visible:opacity-100",
              )}
            >
              <X aria-hidden="true" />
            </button>
          </div>
        );
      })}
    </div>
  );
}
