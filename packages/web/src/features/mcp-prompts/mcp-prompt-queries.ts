import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { mcpServersQuery } from "../mcp/mcp-queries.js";
import type { SlashPrompt } from "./slash-commands.js";

/** Under `["mcp", …]`, so a change to MCP servers refreshes it with the rest. */
export function mcpPromptsQuery(serverId: string) {
  return queryOptions({
    queryKey: ["mcp", "prompts", serverId] as const,
    queryFn: ({ signal }) => callApi(apiRoutes.listMcpPrompts, { params: { serverId }, signal }),
    select: (data) => data.prompts,
    staleTime: 30_000,
    retry: false,
  });
}

export function isReadyServer(server: McpServerView): boolean {
  return server.enabled && server.status === "ready";
}

/**
 * Every prompt of the connected MCP servers, asked for only while `enabled` (a `/` is being
 * typed). A server whose prompts fail to load is left out rather than blocking the others.
 */
export function useMcpPromptEntries(enabled: boolean): { entries: SlashPrompt[]; loading: boolean } {
  const servers = useQuery({ ...mcpServersQuery, enabled });
  const ready = (servers.data ?? []).filter(isReadyServer);
  const prompts = useQueries({
    queries: ready.map((server) => ({ ...mcpPromptsQuery(server.id), enabled })),
  });
  const entries = ready.flatMap((server, index) =>
    (prompts[index]?.data ?? []).map((prompt) => ({ serverId: server.id, serverName: server.name, prompt })),
  );
  // Only a connected server's prompts count: while the server list loads, a `/path` typed at a
  // line start should not flash an empty list.
  const loading = prompts.some((query) => query.isPending);
  return { entries, loading: enabled && loading };
}
