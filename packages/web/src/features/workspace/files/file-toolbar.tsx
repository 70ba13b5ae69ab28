import type { ReactNode } from "react";
import { baseName, parentPath } from "../workspace-paths.js";

interface FileToolbarProps {
  path: string;
  /** The viewer's own controls (edit/preview, save status), before the shared actions. */
  children?: ReactNode;
  actions: ReactNode;
}

/** The strip above a file: where it lives, then what can be done with it. */
export function FileToolbar({ path, children, actions }: FileToolbarProps) {
  const folder = parentPath(path);
  return (
    <div className="flex h-10 shrink-0 items-center gap-2 border-b border-line px-3">
      <p className="min-w-20 flex-1 truncate font-mono text-[12px]" title={path}>
        {folder && <span className="text-fg-subtle">{folder}/</span>}
        <span className="text-fg">{baseName(path)}</span>
      </p>
      {children}
      <span className="flex shrink-0 items-center gap-0.5">{actions}</span>
    </div>
  );
}
