import type { ErrorCode } from "@covalt/contracts";

/**
 * A failure with a stable code that callers and clients branch on. `retryable` tells a client
 * whether trying the same thing again may succeed (a rate limit) or not (a bad key).
 */
export class CovaltError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CovaltError";
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

export function isCovaltError(value: unknown): value is CovaltError {
  return value instanceof CovaltError;
}
