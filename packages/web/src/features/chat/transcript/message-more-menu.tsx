import type { PagedMessage } from "@covalt/contracts";
import { Ellipsis, GitFork, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { MenuItem, MenuList, MenuSeparator } from "../../../shared/ui/menu.js";
import { Popover } from "../../../shared/ui/popover.js";
import { useMessageActions } from "./message-actions-context.js";

/** The rarer actions of a message, kept behind one button so the row stays quiet. */
export function MessageMoreMenu({ message }: { message: PagedMessage }) {
  const actions = useMessageActions();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
  };
  return (
    <>
      <IconButton
        ref={trigger}
        label="More actions"
        data-testid="message-more"
        aria-haspopup="menu"
        aria-expanded={open}
        size="sm"
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        <Ellipsis aria-hidden="true" />
      </IconButton>
      <Popover open={open} onClose={close} anchor={trigger} testId="message-more-menu">
        <MenuList label="Message actions">
          <MenuItem
            icon={<GitFork />}
            testId="fork-chat"
            onSelect={() => {
              close();
              actions.fork(message);
            }}
          >
            Fork into a new chat
          </MenuItem>
          <MenuSeparator />
          <MenuItem
            icon={<Trash2 />}
            tone="danger"
            testId="delete-message"
            onSelect={() => {
              close();
              actions.requestDelete(message);
            }}
          >
            Delete from here
          </MenuItem>
        </MenuList>
      </Popover>
    </>
  );
}
