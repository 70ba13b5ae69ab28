import type { FileChange } from "@covalt/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../shared/api/query-keys.js";
import { useAppEvents } from "../../shared/events/use-event-socket.js";
import { isWithin } from "./workspace-paths.js";
import { refreshWorkspaceListing } from "./workspace-queries.js";

function touchedPaths(changes: readonly FileChange[]): string[] {
  return changes.flatMap((change) => (change.previousPath ? [change.path, change.previousPath] : [change.path]));
}

/**
 * Keeps the workspace of a chat in step with tools, runs, branch switches and other tabs: the
 * tree and versions refetch, and so does every open file the change touched (a deleted folder
 * touches everything inside it). Open editors then decide between a silent reload and a conflict.
 */
export function useWorkspaceUpdates(chatId: string): void {
  const queryClient = useQueryClient();
  useAppEvents((event) => {
    if (event.type !== "workspace-file-change" || event.chatId !== chatId) return;
    void refreshWorkspaceListing(queryClient, chatId);
    const paths = touchedPaths(event.changes);
    const filePrefix = queryKeys.workspace(chatId);
    void queryClient.invalidateQueries({
      queryKey: [...filePrefix, "file"],
      predicate: (query) => {
        const path = query.queryKey[4];
        if (typeof path !== "string") return false;
        // A branch switch may rewrite any file; its change list is a summary, not a promise.
        return event.cause === "branch-switch" || paths.some((touched) => isWithin(path, touched));
      },
    });
  });
}
