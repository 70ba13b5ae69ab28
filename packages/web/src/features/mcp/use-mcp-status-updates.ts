import type { McpServerView } from "@covalt/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../shared/api/query-keys.js";
import { useAppEvents, useSocketReconnect } from "../../shared/events/use-event-socket.js";
import { applyStatusEvent } from "./mcp-status.js";

/**
 * Keeps the server list live: an `mcp-status` event patches the cached row at once (the badge
 * must not wait for a refetch), then the list, the tool list and (once connected) that server's tools refetch for
 * what the event does not carry.
 */
export function useMcpStatusUpdates(): void {
  const queryClient = useQueryClient();

  useAppEvents((event) => {
    if (event.type !== "mcp-status") return;
    queryClient.setQueryData<{ servers: McpServerView[] }>(queryKeys.mcpServers, (data) =>
      data === undefined ? data : { servers: applyStatusEvent(data.servers, event) },
    );
    void queryClient.invalidateQueries({ queryKey: queryKeys.mcpServers });
    // Only a connected server has a fresh tool list; asking others would reconnect them.
    if (event.status === "ready") {
      void queryClient.invalidateQueries({ queryKey: queryKeys.mcpServerTools(event.serverId) });
    }
    void queryClient.invalidateQueries({ queryKey: queryKeys.tools });
  });

  // Status changes sent while the socket was down are lost; read them again.
  useSocketReconnect(() => {
    void queryClient.invalidateQueries({ queryKey: ["mcp"] });
  });
}
