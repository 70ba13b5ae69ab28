import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { isApiError } from "../../../shared/api/api-error.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { fetchMessagePage } from "./fetch-message-page.js";
import { joinWindows, mergeNewestPage, windowFromPage, type MessageWindow } from "./message-window.js";

/**
 * The loaded stretch of a chat's active branch. A refetch loads one page, not every page held:
 * the newest page is joined onto the window (older pages stay, unchanged messages keep their
 * identity through structural sharing, so their rows stay memoized). A window that ends at a
 * jumped-to message refreshes its own last page instead, so the reader stays where they are.
 */
export function messageWindowQuery(queryClient: QueryClient, chatId: string) {
  const queryKey = queryKeys.chatMessages(chatId);
  // Read at merge time, not at fetch start: older pages may have been added meanwhile.
  const held = () => queryClient.getQueryData<MessageWindow>(queryKey);
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }): Promise<MessageWindow> => {
      const last = held()?.reachesLeaf === false ? held()?.messages.at(-1) : undefined;
      if (last !== undefined) {
        try {
          const page = windowFromPage(await fetchMessagePage(chatId, { at: last.id }, signal), false);
          const current = held();
          return (current && joinWindows(current, page)) ?? page;
        } catch (error) {
          // The message jumped to is gone (deleted elsewhere): show the branch's end instead.
          if (!isApiError(error) || error.code !== "not-found") throw error;
        }
      }
      const page = await fetchMessagePage(chatId, {}, signal);
      return mergeNewestPage(held(), page);
    },
  });
}
