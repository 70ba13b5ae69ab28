import { MessagesSquare } from "lucide-react";
import { classNames } from "../../shared/ui/class-names.js";

export interface ChatListEntry {
  id: string;
  title: string;
}

interface ChatListProps {
  chats: readonly ChatListEntry[];
  activeChatId?: string;
  onSelect?: (chatId: string) => void;
}

export function ChatList({ chats, activeChatId, onSelect }: ChatListProps) {
  return (
    <section aria-labelledby="chat-list-heading" data-testid="chat-list" data-count={chats.length}>
      <h2 id="chat-list-heading" className="px-2.5 pb-1.5 text-xs font-medium text-fg-subtle">
        Chats
      </h2>
      {chats.length === 0 ? (
        <div className="mx-1 mt-1 flex flex-col items-start gap-1 rounded-xl border border-dashed border-line px-3 py-3.5">
          <MessagesSquare className="size-4 text-fg-subtle" aria-hidden="true" />
          <p className="mt-1 text-[13px] font-medium text-fg">No chats yet</p>
          <p className="text-xs leading-relaxed text-fg-muted">Conversations you start will be listed here.</p>
        </div>
      ) : (
        <ul className="flex flex-col gap-px">
          {chats.map((chat) => {
            const active = chat.id === activeChatId;
            return (
              <li key={chat.id}>
                <button
                  type="button"
                  data-testid="chat-list-item"
                  aria-current={active ? "page" : undefined}
                  className={classNames(
                    "block h-8 w-full truncate rounded-lg px-2.5 text-left text-[13.5px] transition-colors duration-150",
                    active ? "bg-selected font-medium text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
                  )}
                  onClick={() => {
                    onSelect?.(chat.id);
                  }}
                >
                  {chat.title}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
