import { apiRoutes, type McpInteraction } from "@covalt/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { useAppEvents, useSocketReconnect } from "../../shared/events/use-event-socket.js";
import { applyInteractionEvent } from "./interaction-queue.js";

export const mcpInteractionsKey = ["mcp", "interactions"] as const;

/**
 * MCP requests waiting for the user, oldest first: loaded once (requests made before this page
 * opened), then kept live from `mcp-interaction-request` / `-end` events and reloaded after a reconnect.
 */
export function useMcpInteractions(): McpInteraction[] {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: mcpInteractionsKey,
    queryFn: async ({ signal }) => (await callApi(apiRoutes.listMcpInteractions, { signal })).interactions,
    staleTime: Infinity,
  });

  useAppEvents((event) => {
    if (event.type !== "mcp-interaction-request" && event.type !== "mcp-interaction-end") return;
    queryClient.setQueryData<McpInteraction[]>(mcpInteractionsKey, (queue) =>
      applyInteractionEvent(queue ?? [], event),
    );
  });

  useSocketReconnect(() => {
    void queryClient.invalidateQueries({ queryKey: mcpInteractionsKey });
  });

  return query.data ?? [];
}
