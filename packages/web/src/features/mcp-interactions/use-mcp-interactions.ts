import { apiRoutes, type McpInteraction } from "@covalt/contracts";
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { useAppEvents, useSocketStatus } from "../../shared/events/use-event-socket.js";
import { applyInteractionEvent } from "./interaction-queue.js";

export const mcpInteractionsKey = ["mcp", "interactions"] as const;

const mcpInteractionsQuery = queryOptions({
  queryKey: mcpInteractionsKey,
  queryFn: async ({ signal }) => (await callApi(apiRoutes.listMcpInteractions, { signal })).interactions,
  staleTime: Infinity,
});

const noInteractions: McpInteraction[] = [];

/**
 * MCP requests waiting for the user, oldest first: loaded (requests made before this page opened),
 * then kept live from `mcp-interaction-request` / `-end` events. Reloaded whenever the socket
 * opens, the first time too: a request made between the first load and the socket's opening
 * has no event this page could see. Call it once, in the always-mounted host; other readers use
 * `useMcpInteractionQueue`.
 */
export function useMcpInteractions(): McpInteraction[] {
  const queryClient = useQueryClient();
  const queue = useMcpInteractionQueue();

  useAppEvents((event) => {
    if (event.type !== "mcp-interaction-request" && event.type !== "mcp-interaction-end") return;
    queryClient.setQueryData<McpInteraction[]>(mcpInteractionsKey, (entries) =>
      applyInteractionEvent(entries ?? [], event),
    );
    // A load in flight may have been answered before this event and would overwrite it: load again.
    if (queryClient.isFetching({ queryKey: mcpInteractionsKey }) > 0) {
      void queryClient.invalidateQueries({ queryKey: mcpInteractionsKey });
    }
  });

  const socketStatus = useSocketStatus();
  useEffect(() => {
    if (socketStatus === "open") void queryClient.invalidateQueries({ queryKey: mcpInteractionsKey });
  }, [socketStatus, queryClient]);

  return queue;
}

/** The same queue, read only: the host keeps it live, so readers add no event listeners of their own. */
export function useMcpInteractionQueue(): McpInteraction[] {
  return useQuery(mcpInteractionsQuery).data ?? noInteractions;
}

/** Drops a finished request at once, without waiting for its `mcp-interaction-end` event. */
export function useForgetInteraction(): (requestId: string) => void {
  const queryClient = useQueryClient();
  return (requestId) => {
    queryClient.setQueryData<McpInteraction[]>(mcpInteractionsKey, (entries) =>
      entries?.filter((entry) => entry.requestId !== requestId),
    );
  };
}
