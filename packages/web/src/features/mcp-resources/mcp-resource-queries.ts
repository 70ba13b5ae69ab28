import { apiRoutes } from "@covalt/contracts";
import { queryOptions } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";

/**
 * Under `["mcp", …]`, so a change to MCP servers refreshes it with the rest. Kept a while so
 * reopening the dialog or switching between servers does not ask (or start) a server again.
 */
export function mcpResourcesQuery(serverId: string) {
  return queryOptions({
    queryKey: ["mcp", "resources", serverId] as const,
    queryFn: ({ signal }) => callApi(apiRoutes.listMcpResources, { params: { serverId }, signal }),
    select: (data) => data.resources,
    staleTime: 30_000,
    retry: false,
  });
}

export function readMcpResource(serverId: string, uri: string) {
  return callApi(apiRoutes.readMcpResource, { params: { serverId }, query: { uri } });
}
