import { apiRoutes } from "@covalt/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

export const mcpServersQuery = queryOptions({
  queryKey: queryKeys.mcpServers,
  queryFn: ({ signal }) => callApi(apiRoutes.listMcpServers, { signal }),
  select: (data) => data.servers,
});

/** A server's tools; listing connects a lazy server, so it is only asked for when a row is expanded. */
export function mcpServerToolsQuery(serverId: string) {
  return queryOptions({
    queryKey: queryKeys.mcpServerTools(serverId),
    queryFn: ({ signal }) => callApi(apiRoutes.listMcpServerTools, { params: { serverId }, signal }),
    select: (data) => data.tools,
    retry: false,
  });
}

/**
 * After a change to MCP servers: the list, every loaded tool list, and the app-wide tool list
 * (MCP tools appear in the picker and carry the approvals shown here).
 */
export async function invalidateMcp(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ["mcp"] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.tools }),
  ]);
}
