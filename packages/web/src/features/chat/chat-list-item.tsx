import type { Chat, ChatActivity } from "@covalt/contracts";
import { Link } from "@tanstack/react-router";
import { Pencil, Trash2 } from "lucide-react";
import { useState, type ReactNode } from "react";
import { classNames } from "../../shared/ui/class-names.js";

interface ChatListItemProps {
  chat: Chat;
  active: boolean;
  /** A run streams (`running`) or waits for the user (`waiting`) in this chat. */
  activity?: ChatActivity | undefined;
  onSelect?: (() => void) | undefined;
  onRename: (title: string) => void;
  onDelete: () => void;
}

export const untitledChat = "New chat";

export function ChatListItem({ chat, active, activity = "idle", onSelect, onRename, onDelete }: ChatListItemProps) {
  const [editing, setEditing] = useState(false);
  const title = chat.title || untitledChat;

  if (editing) {
    const finish = (value: string | undefined) => {
      setEditing(false);
      const next = value?.trim();
      if (next !== undefined && next !== "" && next !== chat.title) onRename(next);
    };
    return (
      <li>
        <input
          autoFocus
          aria-label="Chat title"
          data-testid="chat-rename-input"
          defaultValue={chat.title}
          maxLength={200}
          onFocus={(event) => {
            event.target.select();
          }}
          onBlur={(event) => {
            finish(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") finish(event.currentTarget.value);
            if (event.key === "Escape") finish(undefined);
          }}
          className="h-8 w-full rounded-lg border border-focus bg-card px-2.5 text-[13.5px] text-fg outline-none"
        />
      </li>
    );
  }

  return (
    <li
      className="group/item relative"
      data-testid="chat-list-item"
      data-chat-id={chat.id}
      data-active={active}
      data-activity={activity}
    >
      <Link
        to="/chats/$chatId"
        params={{ chatId: chat.id }}
        aria-current={active ? "page" : undefined}
        onClick={onSelect}
        onDoubleClick={() => {
          setEditing(true);
        }}
        title={title}
        className={classNames(
          "flex h-8 w-full items-center rounded-lg pr-1 pl-2.5 text-[13.5px] transition-colors duration-150",
          active ? "bg-selected font-medium text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
        )}
      >
        <span
          data-testid="chat-title"
          className={classNames("min-w-0 flex-1 truncate", !chat.title && "italic opacity-80")}
        >
          {title}
        </span>
        <ActivityMark activity={activity} />
      </Link>
      <div
        className={classNames(
          "absolute inset-y-0 right-1 flex items-center gap-0.5 rounded-r-lg pl-4",
          "opacity-0 transition-opacity duration-150 group-focus-within/item:opacity-100 group-hover/item:opacity-100",
          active ? "bg-linear-to-l from-selected from-70%" : "bg-linear-to-l from-hover from-70%",
        )}
      >
        <ItemAction
          label={`Rename “${title}”`}
          testId="chat-rename"
          onClick={() => {
            setEditing(true);
          }}
        >
          <Pencil aria-hidden="true" />
        </ItemAction>
        <ItemAction label={`Delete “${title}”`} testId="chat-delete" onClick={onDelete}>
          <Trash2 aria-hidden="true" />
        </ItemAction>
      </div>
    </li>
  );
}

function ItemAction({
  label,
  testId,
  onClick,
  children,
}: {
  label: string;
  testId: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={onClick}
      className="flex size-6 items-center justify-center rounded-md text-fg-subtle hover:bg-line hover:text-fg [&_svg]:size-3.5"
    >
      {children}
    </button>
  );
}

/** A pulsing dot while an answer streams; an amber "needs you" dot while the run waits for the user. */
function ActivityMark({ activity }: { activity: ChatActivity }) {
  if (activity === "idle") return null;
  const waiting = activity === "waiting";
  const label = waiting ? "Waiting for your answer" : "Answering…";
  return (
    <span role="img" aria-label={label} title={label} className="ml-2 flex size-4 shrink-0 items-center justify-center">
      <span
        className={classNames(
          "size-2 rounded-full",
          waiting ? "bg-warning-fg ring-2 ring-warning-fg/25" : "animate-pulse bg-accent",
        )}
      />
    </span>
  );
}
