import { apiRoutes } from "@covalt/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

/** Every tool of every enabled toolset, with its effective approval; shared by the picker and mentions. */
export const toolsQuery = queryOptions({
  queryKey: queryKeys.tools,
  queryFn: ({ signal }) => callApi(apiRoutes.listTools, { signal }),
  staleTime: 30_000,
  select: (data) => data.tools,
});

export const toolsetsQuery = queryOptions({
  queryKey: queryKeys.toolsets,
  queryFn: ({ signal }) => callApi(apiRoutes.listToolsets, { signal }),
  select: (data) => data.toolsets,
});

export const approvalAuditLimit = 100;

export const approvalAuditQuery = queryOptions({
  queryKey: queryKeys.approvalAudit,
  queryFn: ({ signal }) => callApi(apiRoutes.listApprovalAudit, { signal, query: { limit: approvalAuditLimit } }),
  select: (data) => data.entries,
});

/** After any toolset or policy change: the toolsets, and the tools with their effective approvals. */
export async function invalidateTools(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tools }),
    queryClient.invalidateQueries({ queryKey: queryKeys.toolsets }),
  ]);
}
