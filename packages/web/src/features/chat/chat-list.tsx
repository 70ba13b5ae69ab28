import { apiRoutes, type Chat } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { MessagesSquare } from "lucide-react";
import { useMemo, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { queryKeys } from "../../shared/api/query-keys.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { useNow } from "../../shared/ui/use-now.js";
import { groupChatsByDate } from "./chat-date-groups.js";
import { ChatListItem, untitledChat } from "./chat-list-item.js";
import { useUpdateChat } from "./chat-update.js";
import { useChatActivity } from "./use-chat-activity.js";
import { useChatList } from "./use-chats.js";

interface ChatListProps {
  /** Lets the floating (narrow-screen) sidebar close itself after a navigation. */
  onSelect?: () => void;
}

export function ChatList({ onSelect }: ChatListProps) {
  const chats = useChatList();
  const activity = useChatActivity();
  const activeChatId = useParams({ strict: false, select: (params) => params.chatId });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState<Chat | undefined>(undefined);
  const now = useNow();
  const groups = useMemo(() => groupChatsByDate(chats.data ?? [], now), [chats.data, now]);

  const rename = useUpdateChat();

  const remove = useMutation({
    mutationFn: (chat: Chat) => callApi(apiRoutes.deleteChat, { params: { chatId: chat.id } }),
    onSuccess: async (_result, chat) => {
      setDeleting(undefined);
      if (chat.id === activeChatId) await navigate({ to: "/" });
      queryClient.removeQueries({ queryKey: queryKeys.chat(chat.id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    },
  });

  const list = chats.data ?? [];
  return (
    <section aria-label="Chats" data-testid="chat-list" data-count={list.length}>
      {chats.isSuccess && list.length === 0 ? (
        <div className="mx-1 mt-1 flex flex-col items-start gap-1 rounded-xl border border-dashed border-line px-3 py-3.5">
          <MessagesSquare className="size-4 text-fg-subtle" aria-hidden="true" />
          <p className="mt-1 text-[13px] font-medium text-fg">No chats yet</p>
          <p className="text-xs leading-relaxed text-fg-muted">Conversations you start will be listed here.</p>
        </div>
      ) : (
        groups.map((group) => (
          <div key={group.label} className="mb-3">
            <h2 className="px-2.5 pb-1 text-xs font-medium text-fg-subtle">{group.label}</h2>
            <ul className="flex flex-col gap-px">
              {group.chats.map((chat) => (
                <ChatListItem
                  key={chat.id}
                  chat={chat}
                  active={chat.id === activeChatId}
                  activity={activity[chat.id]}
                  onSelect={onSelect}
                  onRename={(title) => {
                    rename.mutate({ chatId: chat.id, patch: { title } });
                  }}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(chat);
                  }}
                />
              ))}
            </ul>
          </div>
        ))
      )}
      {rename.error && (
        <p role="alert" className="px-2.5 text-xs text-danger-fg">
          Rename failed: {errorMessage(rename.error)}
        </p>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        testId="delete-chat-dialog"
        title="Delete this chat?"
        description={
          <>
            “{deleting?.title || untitledChat}” and all its messages and files will be deleted. This cannot be undone.
          </>
        }
        confirmLabel={remove.isPending ? "Deleting…" : "Delete chat"}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onCancel={() => {
          setDeleting(undefined);
        }}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting);
        }}
      />
    </section>
  );
}
