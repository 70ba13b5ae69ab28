import { apiRoutes, type ChatActivity } from "@covalt/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { useAppEvents, useSocketReconnect } from "../../shared/events/use-event-socket.js";

const chatActivityKey = ["chats", "activity"] as const;
type ActivityByChat = Readonly<Record<string, ChatActivity>>;

/** With one chat's new activity: idle chats are left out. */
export function withActivity(current: ActivityByChat, chatId: string, activity: ChatActivity): ActivityByChat {
  const { [chatId]: _previous, ...rest } = current;
  return activity === "idle" ? rest : { ...rest, [chatId]: activity };
}

/**
 * Which chats stream an answer and which wait for the user, by chat id: loaded once, then kept live
 * from `chat-activity` events and reloaded after the socket reconnects (events in between are lost).
 */
export function useChatActivity(): ActivityByChat {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: chatActivityKey,
    queryFn: async ({ signal }): Promise<ActivityByChat> => {
      const { chats } = await callApi(apiRoutes.listChatActivity, { signal });
      return Object.fromEntries(chats.map((entry) => [entry.chatId, entry.activity]));
    },
    staleTime: Infinity,
  });

  useAppEvents((event) => {
    if (event.type !== "chat-activity") return;
    queryClient.setQueryData<ActivityByChat>(chatActivityKey, (current) =>
      withActivity(current ?? {}, event.chatId, event.activity),
    );
  });

  useSocketReconnect(() => {
    void queryClient.invalidateQueries({ queryKey: chatActivityKey });
  });

  return query.data ?? {};
}
