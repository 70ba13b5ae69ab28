/**
 * The mock LLM HTTP server: OpenAI (`/v1/chat/completions`, `/v1/responses`), Anthropic
 * (`/v1/messages`), their model listings on the shared `/v1/models` (told apart by Anthropic's
 * headers) and Ollama (`/api/tags`, `/api/chat`), all on one port.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { anthropicFormat } from "./anthropic-stream.js";
import { type Api, readConversation } from "./conversation.js";
import { DirectiveError } from "./directives.js";
import { type Dialect, errorBody, type MockError, modelNotFound } from "./errors.js";
import {
  anthropicModel,
  anthropicModelList,
  defaultModels,
  findModel,
  ollamaModelList,
  openaiModel,
  openaiModelList,
} from "./models.js";
import { ollamaFormat } from "./ollama-stream.js";
import { openaiChatFormat } from "./openai-chat-stream.js";
import { openaiResponsesFormat } from "./openai-responses-stream.js";
import { buildScript } from "./script.js";
import { writeBody, writeStream } from "./stream-writer.js";
import { randomId, type WireFormat } from "./wire.js";

export interface MockLlmServerOptions {
  /** Defaults to 0: a free port chosen by the system. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** When set, OpenAI and Anthropic routes demand it (`Authorization: Bearer` / `x-api-key`). */
  apiKey?: string;
  /** Model ids served and accepted; see `defaultModels`. */
  models?: readonly string[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON; the raw text when it was not JSON; undefined when empty. */
  body: unknown;
  /** Milliseconds since the epoch, sub-millisecond precise: `performance.timeOrigin + performance.now()`. */
  receivedAt: number;
}

export interface MockLlmServer {
  /** e.g. `http://127.0.0.1:PORT`; OpenAI and Anthropic clients take `url + "/v1"` as base URL. */
  url: string;
  port: number;
  /** Every request received, oldest first; the same array for the server's life. */
  requests: RecordedRequest[];
  clearRequests: () => void;
  close: () => Promise<void>;
}

interface Context {
  apiKey: string | undefined;
  models: readonly string[];
  requests: RecordedRequest[];
}

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  body: unknown;
  signal: AbortSignal;
}

const chatRoutes: Record<string, { api: Api; dialect: Dialect; format: WireFormat }> = {
  "/v1/chat/completions": { api: "openai-chat", dialect: "openai", format: openaiChatFormat },
  "/v1/responses": { api: "openai-responses", dialect: "openai", format: openaiResponsesFormat },
  "/v1/messages": { api: "anthropic", dialect: "anthropic", format: anthropicFormat },
  "/api/chat": { api: "ollama", dialect: "ollama", format: ollamaFormat },
};

export async function createMockLlmServer(options: MockLlmServerOptions = {}): Promise<MockLlmServer> {
  const context: Context = { apiKey: options.apiKey, models: options.models ?? defaultModels, requests: [] };
  const server = createServer((request, response) => {
    handle(request, response, context).catch((error: unknown) => {
      if (isAbort(error)) return; // The client went away; nothing is left to answer.
      if (response.headersSent) response.destroy();
      else sendError(response, "openai", { status: 500, message: `mock server bug: ${String(error)}` });
    });
  });
  server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    port,
    requests: context.requests,
    clearRequests: () => {
      context.requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Streams in flight (and idle keep-alive sockets) would otherwise hold `close` open.
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  const receivedAt = performance.timeOrigin + performance.now();
  const url = new URL(request.url ?? "/", "http://mock.invalid");
  const body = parseBody(await readText(request));
  const method = request.method ?? "GET";
  context.requests.push({ method, path: url.pathname, headers: request.headers, body, receivedAt });
  const controller = new AbortController();
  response.once("close", () => controller.abort());
  const exchange: Exchange = { request, response, url, body, signal: controller.signal };
  const path = url.pathname.replace(/\/+$/, "");
  // `/` is Ollama's health check ("Ollama is running"), so it is Ollama's and needs no key.
  const isOllama = path === "" || path.startsWith("/api/");
  const chatRoute = chatRoutes[path];
  const dialect: Dialect =
    chatRoute?.dialect ?? (isOllama ? "ollama" : isAnthropic(request.headers) ? "anthropic" : "openai");

  if (dialect !== "ollama" && context.apiKey !== undefined) {
    const failure = authFailure(dialect, request.headers, context.apiKey);
    if (failure !== undefined) return sendError(response, dialect, failure);
  }
  if (chatRoute !== undefined && method === "POST") return chat(exchange, context, chatRoute);
  if (method === "GET") {
    if (path === "") return sendJson(response, 200, "Ollama is running");
    if (path === "/api/version") return sendJson(response, 200, { version: "0.12.0" });
    if (path === "/api/tags") return sendJson(response, 200, ollamaModelList(context.models));
    if (path === "/v1/models") {
      const list =
        dialect === "anthropic"
          ? anthropicModelList(context.models, url.searchParams)
          : openaiModelList(context.models);
      return sendJson(response, 200, list);
    }
    if (path.startsWith("/v1/models/")) {
      // Ids may contain "/" (e.g. `org/model`), so everything after the prefix is the id.
      const id = decodeURIComponent(path.slice("/v1/models/".length));
      if (!context.models.includes(id)) return sendError(response, dialect, modelNotFound(dialect, id));
      return sendJson(response, 200, dialect === "anthropic" ? anthropicModel(id) : openaiModel(id));
    }
  }
  sendError(response, dialect, { status: 404, message: `Invalid URL (${method} ${url.pathname})` });
}

async function chat(exchange: Exchange, context: Context, route: (typeof chatRoutes)[string]): Promise<void> {
  const { request, response, body, signal } = exchange;
  const { api, dialect, format } = route;
  if (api === "anthropic" && request.headers["anthropic-version"] === undefined) {
    return sendError(response, dialect, { status: 400, message: "anthropic-version: header is required" });
  }
  if (typeof body !== "object" || body === null) {
    return sendError(response, dialect, { status: 400, message: "The request body is not valid JSON." });
  }
  const conversation = readConversation(api, body);
  if (conversation.model === "") return sendError(response, dialect, { status: 400, message: "model: Field required" });
  if (findModel(context.models, conversation.model, api === "ollama") === undefined) {
    return sendError(response, dialect, modelNotFound(dialect, conversation.model));
  }
  let script;
  try {
    script = buildScript(conversation);
  } catch (error) {
    if (error instanceof DirectiveError) return sendError(response, dialect, { status: 400, message: error.message });
    throw error;
  }
  if (script.pacing.delayMs > 0) await sleep(script.pacing.delayMs, undefined, { signal });
  const headers = requestIdHeader(dialect);
  const failure = script.failure;
  if (failure !== undefined) {
    const retryAfter = failure.retryAfterSeconds ?? (failure.status === 429 ? 1 : undefined);
    const extra = retryAfter === undefined ? headers : { ...headers, "retry-after": String(retryAfter) };
    return sendError(response, dialect, failure, extra);
  }
  if (conversation.stream) return writeStream(response, format, script, headers, signal);
  if (script.faults.errorAfter !== undefined) {
    return sendError(response, dialect, { status: 500, message: script.faults.errorMessage }, headers);
  }
  return writeBody(response, format, script, headers, signal);
}

function isAnthropic(headers: IncomingHttpHeaders): boolean {
  return headers["anthropic-version"] !== undefined || headers["x-api-key"] !== undefined;
}

function authFailure(dialect: Dialect, headers: IncomingHttpHeaders, apiKey: string): MockError | undefined {
  const bearer = headers.authorization;
  if (dialect === "anthropic") {
    // Anthropic takes `x-api-key`; OAuth tokens come as Bearer.
    const given = headers["x-api-key"] ?? bearer?.replace(/^Bearer /, "");
    if (given === apiKey) return undefined;
    return { status: 401, message: given === undefined ? "x-api-key header is required" : "invalid x-api-key" };
  }
  if (bearer === `Bearer ${apiKey}`) return undefined;
  if (bearer === undefined) {
    return {
      status: 401,
      code: null,
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    };
  }
  return { status: 401, code: "invalid_api_key", message: "Incorrect API key provided." };
}

function requestIdHeader(dialect: Dialect): Record<string, string> {
  if (dialect === "anthropic") return { "request-id": randomId("req_") };
  if (dialect === "openai") return { "x-request-id": randomId("req_") };
  return {};
}

function sendError(
  response: ServerResponse,
  dialect: Dialect,
  error: MockError,
  headers: Record<string, string> = {},
): void {
  sendJson(response, error.status, errorBody(dialect, error), headers);
}

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const contentType = typeof value === "string" ? "text/plain; charset=utf-8" : "application/json";
  response.writeHead(status, { ...headers, "content-type": contentType, "content-length": Buffer.byteLength(text) });
  response.end(text);
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
