import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";

export const apiKey = "test-key";

// The Anthropic client warns about every model id it does not know; the mock's ids are all unknown.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/**
 * The real AI SDK clients, each pointed at the mock. Every kind speaks another wire format:
 * Chat Completions (OpenAI and OpenAI-compatible), the Responses API, Anthropic Messages.
 */
export const clients = {
  "openai-chat": (url: string, model: string): LanguageModel =>
    createOpenAI({ baseURL: `${url}/v1`, apiKey }).chat(model),
  "openai-compatible": (url: string, model: string): LanguageModel =>
    // Usage on a Chat Completions stream needs `stream_options.include_usage`, which this client
    // only sends with `includeUsage: true` (as real OpenAI-compatible servers expect).
    createOpenAICompatible({ name: "mock", baseURL: `${url}/v1`, apiKey, includeUsage: true }).chatModel(model),
  "openai-responses": (url: string, model: string): LanguageModel =>
    createOpenAI({ baseURL: `${url}/v1`, apiKey }).responses(model),
  anthropic: (url: string, model: string): LanguageModel => createAnthropic({ baseURL: `${url}/v1`, apiKey })(model),
} as const;

export type ClientKind = keyof typeof clients;

export const clientKinds = Object.keys(clients) as ClientKind[];
