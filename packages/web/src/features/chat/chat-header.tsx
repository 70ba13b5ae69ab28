import type { Chat } from "@covalt/contracts";
import { GitBranch, Search } from "lucide-react";
import { IconButton } from "../../shared/ui/icon-button.js";
import { classNames } from "../../shared/ui/class-names.js";
import { openCommandPalette } from "../shortcuts/overlay-store.js";
import { WorkspaceToggleButton } from "../workspace/workspace-toggle-button.js";
import { untitledChat } from "./chat-list-item.js";

interface ChatHeaderProps {
  chat: Chat;
  branchMapOpen: boolean;
  onToggleBranchMap: () => void;
}

export function ChatHeader({ chat, branchMapOpen, onToggleBranchMap }: ChatHeaderProps) {
  const title = chat.title || untitledChat;
  return (
    <header className="mx-auto flex h-12 w-full max-w-3xl shrink-0 items-center gap-1 pr-3 pl-5 sm:pr-6 sm:pl-8">
      <h1 data-testid="chat-heading" className="min-w-0 flex-1 truncate text-[14px] font-medium text-fg-muted">
        {title}
      </h1>
      <IconButton label="Search chats (Ctrl+K)" data-testid="open-search" onClick={() => openCommandPalette()}>
        <Search aria-hidden="true" />
      </IconButton>
      <WorkspaceToggleButton chatId={chat.id} />
      <IconButton
        label={branchMapOpen ? "Hide the branch map" : "Show the branch map"}
        data-testid="toggle-branch-map"
        aria-pressed={branchMapOpen}
        onClick={onToggleBranchMap}
        className={classNames(branchMapOpen && "bg-selected text-fg")}
      >
        <GitBranch aria-hidden="true" />
      </IconButton>
    </header>
  );
}
