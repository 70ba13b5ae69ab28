import { apiRoutes } from "@covalt/contracts";
import { queryOptions } from "@tanstack/react-query";
import { isNetworkFailure } from "./api-error.js";
import { callApi } from "./call-api.js";

const reconnectIntervalMs = 5_000;

/**
 * The session check gates the whole app and feeds Settings → About. It never goes stale on its
 * own: version and data directory only change when the server restarts.
 */
export const sessionQueryOptions = queryOptions({
  queryKey: ["session"],
  queryFn: ({ signal }) => callApi(apiRoutes.session, { signal }),
  staleTime: Number.POSITIVE_INFINITY,
  // One quick retry smooths over a server that is still starting; auth errors never heal by retrying.
  retry: (failureCount, error) => isNetworkFailure(error) && failureCount < 1,
  retryDelay: 400,
  // While the server is down, keep knocking so the app recovers by itself once `npm start` runs.
  refetchInterval: (query) => (isNetworkFailure(query.state.error) ? reconnectIntervalMs : false),
});
