import type { ErrorCode, RunFailure } from "@covalt/contracts";

/** A deliberate, user-actionable failure: thrown by nodes and ports, reported as an `error` event. */
export function flowFailure(code: ErrorCode, message: string, retryable = false): RunFailure & Error {
  return Object.assign(new Error(message), { code, retryable });
}
