import type { ErrorCode, ErrorResponse } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Logger } from "../logging/logger.js";

const statusByCode: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  "validation-failed": 400,
  unauthorized: 401,
  "forbidden-host": 403,
  "forbidden-origin": 403,
  "not-found": 404,
  "method-not-allowed": 405,
  conflict: 409,
  "workspace-conflict": 409,
  "payload-too-large": 413,
  "workspace-path-invalid": 400,
  "tool-invalid-arguments": 400,
  "model-not-found": 404,
  "tool-not-found": 404,
  "provider-auth-failed": 502,
  "provider-rate-limited": 429,
  "provider-unreachable": 502,
  "provider-timeout": 504,
  "mcp-connection-failed": 502,
  "tool-failed": 502,
  "tool-timeout": 504,
  unavailable: 503,
};

export function httpStatusFor(code: ErrorCode): ContentfulStatusCode {
  return statusByCode[code] ?? 500;
}

export function errorResponse(context: Context, code: ErrorCode, message: string): Response {
  const body: ErrorResponse = { error: { code, message } };
  return context.json(body, httpStatusFor(code));
}

/** Turns anything thrown by a handler into `{ error: { code, message } }` with a fitting status. */
export function handleError(logger: Logger) {
  return (error: Error, context: Context): Response => {
    if (error instanceof CovaltError) {
      return errorResponse(context, error.code, error.message);
    }
    if (error instanceof HTTPException && error.status === 413) {
      return errorResponse(context, "payload-too-large", "The request body is larger than this endpoint accepts.");
    }
    logger.error({ err: error, method: context.req.method, path: context.req.path }, "unhandled error in request");
    return errorResponse(
      context,
      "internal-error",
      "Something went wrong on the Covalt server. The details are in the server log.",
    );
  };
}
