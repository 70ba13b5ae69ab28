import { apiRoutes, type ApprovalMode } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { invalidateTools } from "./tool-queries.js";

/** Sets or clears the approval override of a tool id or a `toolset:<id>` selector, then refreshes both lists. */
export function useToolPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { target: string; approval: ApprovalMode | null }) =>
      callApi(apiRoutes.setToolPolicy, { body: input }),
    onSettled: () => invalidateTools(queryClient),
  });
}
