import { apiRoutes } from "@covalt/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

/** The catalog is data shipped with the server; it only changes when the server is upgraded. */
export const providerCatalogQuery = queryOptions({
  queryKey: queryKeys.providerCatalog,
  queryFn: ({ signal }) => callApi(apiRoutes.providerCatalog, { signal }),
  staleTime: Number.POSITIVE_INFINITY,
  select: (data) => data.providers,
});

export const providersQuery = queryOptions({
  queryKey: queryKeys.providers,
  queryFn: ({ signal }) => callApi(apiRoutes.listProviders, { signal }),
  select: (data) => data.providers,
});

export const detectedProvidersQuery = queryOptions({
  queryKey: queryKeys.detectedProviders,
  queryFn: ({ signal }) => callApi(apiRoutes.detectLocalProviders, { signal }),
  select: (data) => data.providers,
});

/** After any provider change: the instance list, the detected servers and every model list move together. */
export async function invalidateProviders(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.providers }),
    queryClient.invalidateQueries({ queryKey: queryKeys.detectedProviders }),
    queryClient.invalidateQueries({ queryKey: queryKeys.models }),
  ]);
}
