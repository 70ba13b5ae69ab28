import { apiRoutes } from "@covalt/contracts";
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { mcpServersQuery } from "../mcp/mcp-queries.js";
import { askableServers } from "./askable-servers.js";
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

/**
 * Every prompt of the MCP servers that can be asked (connected, or lazy and not started yet:
 * asking starts them; see `askableServers`), asked for only while `enabled` (a `/` is being
 * typed) and then kept for `staleTime`, so typing on does not ask again. A server whose prompts
 * fail to load is left out rather than blocking the others.
 */
export function useMcpPromptEntries(enabled: boolean): { entries: SlashPrompt[]; loading: boolean } {
  const servers = useQuery({ ...mcpServersQuery, enabled });
  const askable = askableServers(servers.data ?? []);
  const prompts = useQueries({
    queries: askable.map((server) => ({ ...mcpPromptsQuery(server.id), enabled })),
  });
  const entries = askable.flatMap((server, index) =>
    (prompts[index]?.data ?? []).map((prompt) => ({ serverId: server.id, serverName: server.name, prompt })),
  );
  // Only servers being asked count: while the server list loads, a `/path` typed at a line start
  // should not flash an empty list. A lazy server keeps the list loading while it starts.
  const loading = prompts.some((query) => query.isPending);
  return { entries, loading: enabled && loading };
}
