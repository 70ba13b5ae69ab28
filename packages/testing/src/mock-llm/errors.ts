/** Error bodies as each provider shapes them, so clients map them to their own error types. */

export type Dialect = "openai" | "anthropic" | "ollama";

export interface MockError {
  status: number;
  message?: string;
  /** OpenAI's machine-readable `code`, e.g. `model_not_found`; undefined takes the status's usual one. */
  code?: string | null;
}

const openaiDefaults: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: "invalid_request_error", code: null, message: "Invalid request." },
  401: { type: "invalid_request_error", code: "invalid_api_key", message: "Incorrect API key provided." },
  403: { type: "invalid_request_error", code: null, message: "You are not allowed to access this resource." },
  404: { type: "invalid_request_error", code: null, message: "Not found." },
  429: { type: "requests", code: "rate_limit_exceeded", message: "Rate limit reached for requests." },
  500: {
    type: "server_error",
    code: null,
    message: "The server had an error while processing your request. Sorry about that!",
  },
  503: { type: "server_error", code: null, message: "The engine is currently overloaded, please try again later." },
};

const anthropicTypes: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  504: "timeout_error",
  529: "overloaded_error",
};

const anthropicMessages: Record<string, string> = {
  authentication_error: "invalid x-api-key",
  rate_limit_error: "Number of request tokens has exceeded your per-minute rate limit.",
  overloaded_error: "Overloaded",
  api_error: "Internal server error",
};

export function errorBody(dialect: Dialect, error: MockError): unknown {
  const { status } = error;
  if (dialect === "ollama") return { error: error.message ?? `mock error ${status}` };
  if (dialect === "anthropic") {
    const type = anthropicTypes[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
    return {
      type: "error",
      error: { type, message: error.message ?? anthropicMessages[type] ?? `Mock error ${status}.` },
      request_id: `req_mock${Date.now().toString(36)}`,
    };
  }
  const defaults = openaiDefaults[status] ?? {
    type: status >= 500 ? "server_error" : "invalid_request_error",
    code: null,
    message: `Mock error ${status}.`,
  };
  return {
    error: {
      message: error.message ?? defaults.message,
      type: defaults.type,
      param: null,
      code: error.code === undefined ? defaults.code : error.code,
    },
  };
}

export function modelNotFound(dialect: Dialect, model: string): MockError {
  if (dialect === "anthropic") return { status: 404, message: `model: ${model}` };
  if (dialect === "ollama") return { status: 404, message: `model "${model}" not found, try pulling it first` };
  return {
    status: 404,
    code: "model_not_found",
    message: `The model \`${model}\` does not exist or you do not have access to it.`,
  };
}
