import { apiRoutes } from "@covalt/contracts";
import { queryOptions } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

/** The server caches listings briefly too; a minute here keeps the picker instant on reopen. */
export const modelsQuery = queryOptions({
  queryKey: queryKeys.models,
  queryFn: ({ signal }) => callApi(apiRoutes.listModels, { signal }),
  staleTime: 60_000,
  select: (data) => data.providers,
});
