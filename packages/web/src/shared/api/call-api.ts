import type { RouteBody, RouteContract, RouteResponse } from "@covalt/contracts";
import { ApiError } from "./api-error.js";
import { errorFromResponse } from "./error-from-response.js";

interface BaseCallOptions {
  /** Values for the route's `:param` segments. */
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

export type CallOptions<Route extends RouteContract> = BaseCallOptions &
  (RouteBody<Route> extends undefined ? { body?: undefined } : { body: RouteBody<Route> });

/** Options may be omitted only for routes without a request body. */
type CallArguments<Route extends RouteContract> =
  RouteBody<Route> extends undefined ? [options?: CallOptions<Route>] : [options: CallOptions<Route>];

export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_segment, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`Missing value for path parameter ":${name}" of ${path}`);
    }
    return encodeURIComponent(value);
  });
}

function buildUrl(route: RouteContract, options: BaseCallOptions): string {
  const path = buildPath(route.path, options.params);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Calls one API route described by its contract. Resolves with the parsed response or throws an
 * `ApiError`; an abort through `signal` rethrows the browser's `AbortError` untouched so query
 * libraries recognise it as a cancellation.
 */
export async function callApi<Route extends RouteContract>(
  route: Route,
  ...[options]: CallArguments<Route>
): Promise<RouteResponse<Route>> {
  const settings: BaseCallOptions & { body?: unknown } = options ?? {};
  const hasBody = settings.body !== undefined;
  const headers: Record<string, string> = { accept: "application/json" };
  if (hasBody) headers["content-type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(buildUrl(route, settings), {
      method: route.method.toUpperCase(),
      headers,
      body: hasBody ? JSON.stringify(settings.body) : undefined,
      credentials: "same-origin",
      signal: settings.signal,
    });
  } catch (error) {
    if (settings.signal?.aborted) throw error;
    throw new ApiError({
      kind: "network",
      status: 0,
      code: "unavailable",
      message: "The Covalt server could not be reached.",
      cause: error,
    });
  }

  if (!response.ok) throw await errorFromResponse(response);

  let payload: unknown;
  try {
    payload = response.status === 204 ? undefined : await response.json();
  } catch (error) {
    if (settings.signal?.aborted) throw error;
    throw new ApiError({
      kind: "invalid-response",
      status: response.status,
      code: "internal-error",
      message: `${route.method.toUpperCase()} ${route.path} did not answer with JSON.`,
      cause: error,
    });
  }
  const parsed = route.response.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      kind: "invalid-response",
      status: response.status,
      code: "internal-error",
      message: `${route.method.toUpperCase()} ${route.path} answered in an unexpected shape.`,
      cause: parsed.error,
    });
  }
  return parsed.data as RouteResponse<Route>;
}
