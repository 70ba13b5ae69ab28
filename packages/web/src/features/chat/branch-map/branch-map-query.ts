import { apiRoutes } from "@covalt/contracts";
import { queryOptions } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";

/** The whole tree as segments; under the chat's key, so every change to the chat refreshes it. */
export function branchMapQuery(chatId: string) {
  return queryOptions({
    queryKey: queryKeys.branchMap(chatId),
    queryFn: ({ signal }) => callApi(apiRoutes.branchMap, { params: { chatId }, signal }),
  });
}
