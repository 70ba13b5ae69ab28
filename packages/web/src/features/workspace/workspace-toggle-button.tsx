import { FolderTree } from "lucide-react";
import { classNames } from "../../shared/ui/class-names.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { toggleWorkspacePanel, useChatPanel } from "./panel/workspace-panel-store.js";

/** The chat header's "Files" button: shows or hides this chat's artifact panel. */
export function WorkspaceToggleButton({ chatId }: { chatId: string }) {
  const { open } = useChatPanel(chatId);
  return (
    <IconButton
      label={open ? "Hide files" : "Show files"}
      data-testid="toggle-workspace"
      aria-pressed={open}
      onClick={() => toggleWorkspacePanel(chatId)}
      className={classNames(open && "bg-selected text-fg")}
    >
      <FolderTree aria-hidden="true" />
    </IconButton>
  );
}
