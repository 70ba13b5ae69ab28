import { apiRoutes } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";

/**
 * The app may frame only its own origin, so a web page is shown through the server's sandbox
 * page, which frames exactly that page once the server has signed its address.
 */
export function useSignedFrame(url: string | null) {
  return useQuery({
    queryKey: ["sandbox-frame", url],
    enabled: url !== null,
    staleTime: Infinity,
    queryFn: () => callApi(apiRoutes.signFrameUrl, { body: { url: url ?? "" } }),
  });
}
