import { CovaltError } from "@covalt/core";
import type { McpServerRecord } from "./mcp-config.js";
import { connectionClosedCode, mcpErrorCode, requestTimeoutCode } from "./mcp-connection.js";

export function abortError(): DOMException {
  return new DOMException("The tool call was cancelled.", "AbortError");
}

/** A failed `tools/call` as the user and the model should read it. */
export function callError(
  error: unknown,
  context: {
    record: McpServerRecord;
    toolName: string;
    timeoutMs: number;
    /** Covalt's deadline for the call ran out (the SDK then reports a cancelled request). */
    timedOut: boolean;
    signal: AbortSignal | undefined;
    diagnostics: () => string;
  },
): unknown {
  const { record, toolName, timeoutMs, signal } = context;
  if (signal?.aborted === true) return abortError();
  if (error instanceof CovaltError) return error;
  const code = mcpErrorCode(error);
  if (context.timedOut || code === requestTimeoutCode) {
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    return new CovaltError("tool-timeout", `${toolName} did not finish within ${limit}.`);
  }
  if (code === connectionClosedCode) {
    return new CovaltError(
      "tool-failed",
      `The MCP server "${record.name}" stopped while ${toolName} ran.${context.diagnostics()}`,
      { retryable: true },
    );
  }
  if (code !== undefined) return new CovaltError("tool-failed", `${record.name}: ${(error as Error).message}`);
  return new CovaltError(
    "tool-failed",
    `${toolName} failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
