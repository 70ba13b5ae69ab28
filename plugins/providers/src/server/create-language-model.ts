import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import type { ProviderAdapterKind } from "@covalt/contracts";
import { createOllama } from "ollama-ai-provider-v2";

export interface ProviderConnection {
  /** The instance's display name; OpenAI-compatible providers report it in errors and metadata. */
  name: string;
  baseUrl: string;
  apiKey: string | undefined;
  fields: Readonly<Record<string, string>>;
  /** Lets the host time, cancel and observe requests; defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The only place that knows which AI SDK provider speaks which wire format. Everything else about
 * a provider is data in its manifest.
 */
export function createLanguageModel(
  adapter: ProviderAdapterKind,
  connection: ProviderConnection,
  modelId: string,
): LanguageModelV3 {
  const common = {
    baseURL: connection.baseUrl,
    ...(connection.fetch === undefined ? {} : { fetch: connection.fetch }),
  };
  const apiKey = connection.apiKey ?? "";
  switch (adapter) {
    case "openai":
      return createOpenAI({
        ...common,
        apiKey,
        ...(connection.fields.organization ? { organization: connection.fields.organization } : {}),
      }).responses(modelId);
    case "openai-compatible":
      return createOpenAICompatible({
        ...common,
        name: connection.name,
        ...(apiKey === "" ? {} : { apiKey }),
        includeUsage: true,
      }).chatModel(modelId);
    case "anthropic":
      return createAnthropic({ ...common, apiKey }).messages(modelId);
    case "google":
      return createGoogleGenerativeAI({ ...common, apiKey })(modelId);
    case "ollama":
      return createOllama(common)(modelId);
  }
}
