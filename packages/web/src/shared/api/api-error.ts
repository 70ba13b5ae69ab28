import type { ErrorCode } from "@covalt/contracts";

/**
 * How a call failed, so callers can branch without inspecting messages:
 * - `network`: fetch itself failed — the server is down or unreachable.
 * - `http`: the server answered with a non-2xx status; `code` comes from its `ErrorResponse`.
 * - `invalid-response`: a 2xx answer that does not match the route's response contract.
 */
export type ApiErrorKind = "network" | "http" | "invalid-response";

export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly code: ErrorCode;

  constructor(options: { kind: ApiErrorKind; status: number; code: ErrorCode; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.kind = options.kind;
    this.status = options.status;
    this.code = options.code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.kind === "http" && error.code === "unauthorized";
}

export function isNetworkFailure(error: unknown): boolean {
  return isApiError(error) && error.kind === "network";
}
