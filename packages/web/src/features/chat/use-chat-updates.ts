import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { queryKeys } from "../../shared/api/query-keys.js";
import { useAppEvents, useSocketReconnect } from "../../shared/events/use-event-socket.js";

/**
 * Keeps chat data in step with changes made elsewhere: a generated title, another tab's rename
 * or delete, a run starting or ending. Mounted once in the app frame.
 */
export function useChatUpdates(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const activeChatId = useParams({ strict: false, select: (params) => params.chatId });

  useAppEvents((event) => {
    if (event.type !== "chat-update") return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    if (event.change === "deleted") {
      queryClient.removeQueries({ queryKey: queryKeys.chat(event.chatId) });
      if (event.chatId === activeChatId) void navigate({ to: "/" });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: queryKeys.chat(event.chatId) });
  });

  // Events sent while the socket was down are gone; refetch what they would have refreshed.
  useSocketReconnect(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
    void queryClient.invalidateQueries({ queryKey: ["chat"] });
  });
}
