import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useRef, useState } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { MenuItem, MenuList } from "../../../shared/ui/menu.js";
import { Popover } from "../../../shared/ui/popover.js";
import { workspaceManifestsQuery } from "../workspace-queries.js";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

interface CompareMenuProps {
  chatId: string;
  onCompare: (messageId: string, label: string) => void;
}

/** The messages that recorded a version of the workspace, newest first, to compare the file with. */
export function CompareMenu({ chatId, onCompare }: CompareMenuProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const manifests = useQuery({ ...workspaceManifestsQuery(chatId), enabled: open });
  const versions = (manifests.data?.manifests ?? []).filter((manifest) => manifest.messageId !== null);

  return (
    <>
      <IconButton
        ref={trigger}
        label="Compare with…"
        size="xs"
        data-testid="compare-with"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <History aria-hidden="true" />
      </IconButton>
      <Popover open={open} onClose={() => setOpen(false)} anchor={trigger} align="end" testId="compare-menu">
        {manifests.isPending ? (
          <p className="px-3 py-2 text-[12.5px] text-fg-subtle">Loading versions…</p>
        ) : manifests.isError ? (
          <p className="px-3 py-2 text-[12.5px] text-danger-fg">The versions could not be loaded.</p>
        ) : versions.length === 0 ? (
          <p className="px-3 py-2 text-[12.5px] text-fg-muted">No earlier versions yet.</p>
        ) : (
          <MenuList label="Compare with the version after">
            <p className="px-2.5 pt-1 pb-1.5 text-[11.5px] font-medium text-fg-subtle">Compare with the file after…</p>
            {versions.map((version, index) => {
              const label = timeFormat.format(version.createdAt);
              return (
                <MenuItem
                  key={version.id}
                  testId="compare-version"
                  hint={index === 0 ? "latest" : `${version.fileCount} files`}
                  onSelect={() => {
                    setOpen(false);
                    if (version.messageId !== null) onCompare(version.messageId, label);
                  }}
                >
                  {label}
                </MenuItem>
              );
            })}
          </MenuList>
        )}
      </Popover>
    </>
  );
}
