import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { fetchMessagePage } from "./fetch-message-page.js";
import { loadBelowWindow } from "./load-branch-window.js";
import { mergeNewestPage, prependOlderPage, type MessageWindow } from "./message-window.js";
import { messageWindowQuery } from "./message-window-query.js";
import { readWindow } from "./window-cache.js";

/**
 * A chat's loaded messages plus the two ways the window grows: an older page on scroll-up, and
 * the stretch below a jumped-to message on scroll-down. Each runs once at a time.
 */
export function useMessageWindow(chatId: string) {
  const queryClient = useQueryClient();
  const query = useQuery(messageWindowQuery(queryClient, chatId));
  const queryKey = queryKeys.chatMessages(chatId);
  const busy = useRef({ older: false, newer: false });

  const older = useMutation({
    mutationFn: async (cursor: string) => {
      const page = await fetchMessagePage(chatId, { before: cursor });
      queryClient.setQueryData<MessageWindow>(queryKey, (current) =>
        current ? prependOlderPage(current, page, cursor) : current,
      );
    },
    onSettled: () => {
      busy.current.older = false;
    },
  });

  const newer = useMutation({
    mutationFn: async () => {
      const current = readWindow(queryClient, chatId);
      if (current === undefined || current.reachesLeaf) return;
      const joined = await loadBelowWindow(chatId, current);
      const next = joined ?? mergeNewestPage(undefined, await fetchMessagePage(chatId));
      queryClient.setQueryData<MessageWindow>(queryKey, next);
    },
    onSettled: () => {
      busy.current.newer = false;
    },
  });

  const { mutate: mutateOlder } = older;
  const { mutate: mutateNewer } = newer;
  const cursor = query.data?.olderCursor ?? null;
  const loadOlder = useCallback(() => {
    if (cursor === null || busy.current.older) return;
    busy.current.older = true;
    mutateOlder(cursor);
  }, [cursor, mutateOlder]);
  const loadNewer = useCallback(() => {
    if (busy.current.newer) return;
    busy.current.newer = true;
    mutateNewer();
  }, [mutateNewer]);

  return {
    query,
    loadOlder,
    loadNewer,
    loadingOlder: older.isPending,
    loadingNewer: newer.isPending,
    pagingError: older.error ?? newer.error,
  };
}
