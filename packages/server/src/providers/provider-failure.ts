import type { ErrorCode, RunFailure } from "@covalt/contracts";
import { APICallError, RetryError } from "ai";

export interface FailureContext {
  providerName: string;
  baseUrl: string;
  modelId?: string;
}

export class ProviderTimeoutError extends Error {
  constructor(readonly afterMs: number) {
    super(`no response for ${afterMs} ms`);
    this.name = "ProviderTimeoutError";
  }
}

const failure = (code: ErrorCode, message: string, retryable: boolean): RunFailure & Error =>
  Object.assign(new Error(message), { code, retryable });

/** Turns whatever a provider call threw into a code and a sentence that tells the user what to do. */
export function providerFailure(error: unknown, context: FailureContext): RunFailure & Error {
  const { providerName } = context;
  if (RetryError.isInstance(error)) return providerFailure(error.lastError, context);
  if (error instanceof ProviderTimeoutError) {
    return failure(
      "provider-timeout",
      `${providerName} did not respond for ${Math.round(error.afterMs / 1000)} seconds, so Covalt stopped waiting. Retry, or check that the provider is up.`,
      true,
    );
  }
  if (isConnectionFailure(error)) {
    return failure(
      "provider-unreachable",
      `Covalt could not reach ${providerName} at ${context.baseUrl}. Check that it is running and that the base URL in Settings → Providers is right.`,
      true,
    );
  }
  // A body cut after a 200 arrives as an APICallError with status 200; the cause tells the story.
  if (APICallError.isInstance(error) && error.statusCode !== undefined && error.statusCode >= 300) {
    return failureForStatus(error.statusCode, detailOf(error), context);
  }
  if (isStreamCut(error)) {
    return failure(
      "provider-stream-interrupted",
      `${providerName} closed the connection before the answer was complete. The partial answer is kept; retry to get a full one.`,
      true,
    );
  }
  return failure(
    "provider-bad-response",
    `${providerName} sent a response Covalt could not read${messageOf(error) ? ` (${messageOf(error)})` : ""}. Retry, or pick another model.`,
    true,
  );
}

export function failureForStatus(status: number | undefined, detail: string, context: FailureContext) {
  const { providerName } = context;
  const suffix = detail === "" ? "" : ` ${providerName} said: “${detail}”`;
  if (status === 401 || status === 403) {
    return failure(
      "provider-auth-failed",
      `${providerName} rejected the credentials (HTTP ${status}). Check the API key in Settings → Providers.${suffix}`,
      false,
    );
  }
  if (status === 404) {
    const model = context.modelId === undefined ? "" : ` “${context.modelId}”`;
    return failure(
      "model-not-found",
      `${providerName} does not offer the model${model} (HTTP 404). Pick another model, or check the base URL.${suffix}`,
      false,
    );
  }
  if (status === 429) {
    return failure(
      "provider-rate-limited",
      `${providerName} is rate-limiting requests (HTTP 429). Wait a moment, then retry.${suffix}`,
      true,
    );
  }
  if (status !== undefined && status >= 500) {
    return failure(
      "provider-error",
      `${providerName} had a server error (HTTP ${status}). Retry in a moment.${suffix}`,
      true,
    );
  }
  return failure("provider-error", `${providerName} refused the request (HTTP ${status ?? "?"}).${suffix}`, false);
}

function detailOf(error: APICallError): string {
  const body = error.responseBody ?? "";
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === "object" ? parsed.error.message : (parsed.error ?? parsed.message);
    if (typeof message === "string") return message.slice(0, 300);
  } catch {
    // not JSON: fall back to the SDK's message
  }
  return error.message.slice(0, 300);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : "";
}

function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function isConnectionFailure(error: unknown): boolean {
  const codes = causeCodes(error);
  return (
    ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"].some((code) =>
      codes.includes(code),
    ) ||
    (error instanceof TypeError && error.message === "fetch failed" && !isStreamCut(error))
  );
}

function isStreamCut(error: unknown): boolean {
  const codes = causeCodes(error);
  if (codes.includes("ECONNRESET") || codes.includes("UND_ERR_SOCKET")) return true;
  const text = messageOf(error).toLowerCase();
  return text === "terminated" || text.includes("other side closed") || text.includes("socket hang up");
}
