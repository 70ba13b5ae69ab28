import { ErrorResponse, type ErrorCode } from "@covalt/contracts";
import { ApiError } from "./api-error.js";

/** Used when a non-2xx answer carries no `ErrorResponse` body (a proxy page, a crashed handler). */
function codeForStatus(status: number): ErrorCode {
  if (status === 401) return "unauthorized";
  if (status === 404) return "not-found";
  if (status === 405) return "method-not-allowed";
  if (status === 409) return "conflict";
  if (status === 413) return "payload-too-large";
  if (status === 503) return "unavailable";
  if (status >= 400 && status < 500) return "validation-failed";
  return "internal-error";
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = ErrorResponse.safeParse(body);
  if (parsed.success) {
    return new ApiError({ kind: "http", status: response.status, ...parsed.data.error });
  }
  const statusText = response.statusText ? ` ${response.statusText}` : "";
  return new ApiError({
    kind: "http",
    status: response.status,
    code: codeForStatus(response.status),
    message: `The server answered HTTP ${String(response.status)}${statusText}.`,
  });
}
