import { QueryClient } from "@tanstack/react-query";
import { isNetworkFailure } from "../shared/api/api-error.js";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Only a dropped connection is worth retrying; an error answer or a bug will not change by itself.
      retry: (failureCount, error) => isNetworkFailure(error) && failureCount < 2,
    },
  },
});
