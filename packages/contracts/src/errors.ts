import { z } from "zod";

/**
 * Stable error codes shared by HTTP errors and run `error` events. Clients branch on the code,
 * never on the message. Inside v1 this list only grows.
 */
export const ErrorCode = z.enum([
  // request boundary
  "validation-failed",
  "unauthorized",
  "forbidden-host",
  "forbidden-origin",
  "not-found",
  "method-not-allowed",
  "payload-too-large",
  "conflict",
  "internal-error",
  "unavailable",
  // providers and runs
  "provider-auth-failed",
  "provider-rate-limited",
  "provider-error",
  "provider-unreachable",
  "provider-timeout",
  "provider-stream-interrupted",
  "provider-bad-response",
  "model-not-found",
  "run-interrupted",
  "flow-invalid",
  // tools, MCP and workspace
  "tool-not-found",
  "tool-invalid-arguments",
  "tool-failed",
  "tool-timeout",
  "mcp-connection-failed",
  "workspace-path-invalid",
  "workspace-conflict",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The body of every non-2xx HTTP response. */
export const ErrorResponse = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
