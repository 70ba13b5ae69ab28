import { Download, Ellipsis, FolderDown, PencilLine, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { MenuItem, MenuList, MenuSeparator } from "../../../shared/ui/menu.js";
import { Popover } from "../../../shared/ui/popover.js";

export type EntryAction = "rename" | "download" | "delete";

interface EntryMenuProps {
  name: string;
  kind: "file" | "directory";
  onAction: (action: EntryAction) => void;
}

/** The actions of one tree entry, behind a button that shows on hover and focus. */
export function EntryMenu({ name, kind, onAction }: EntryMenuProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const choose = (action: EntryAction) => {
    setOpen(false);
    onAction(action);
  };
  return (
    <>
      <IconButton
        ref={trigger}
        label={`Actions for ${name}`}
        size="xs"
        data-testid="workspace-entry-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        className="size-6 opacity-0 group-hover:opacity-100 focus-visible:opacity-100 aria-expanded:opacity-100"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(!open);
        }}
      >
        <Ellipsis aria-hidden="true" />
      </IconButton>
      <Popover open={open} onClose={() => setOpen(false)} anchor={trigger} align="end">
        <MenuList label={`Actions for ${name}`}>
          <MenuItem icon={<PencilLine />} hint="F2" testId="workspace-rename" onSelect={() => choose("rename")}>
            Rename
          </MenuItem>
          <MenuItem
            icon={kind === "directory" ? <FolderDown /> : <Download />}
            testId="workspace-download"
            onSelect={() => choose("download")}
          >
            {kind === "directory" ? "Download as zip" : "Download"}
          </MenuItem>
          <MenuSeparator />
          <MenuItem icon={<Trash2 />} tone="danger" testId="workspace-delete" onSelect={() => choose("delete")}>
            Delete
          </MenuItem>
        </MenuList>
      </Popover>
    </>
  );
}
