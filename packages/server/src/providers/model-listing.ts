import type { ModelInfo, ProviderManifest } from "@covalt/contracts";
import { failureForStatus, providerFailure } from "./provider-failure.js";

export interface ListingTarget {
  manifest: ProviderManifest;
  name: string;
  baseUrl: string;
  apiKey: string | undefined;
}

const listingTimeoutMs = 8000;
/** Listings of OpenAI-style APIs include embedding, audio and image models a chat cannot use. */
const notChatModel = /(embed|whisper|tts|dall-e|moderation|davinci|babbage|transcribe|audio|image|realtime)/i;

/** The models a provider offers: its live listing (if it has one) merged with its static list. */
export async function listProviderModels(target: ListingTarget, signal?: AbortSignal): Promise<ModelInfo[]> {
  const { manifest } = target;
  const listed = manifest.models.listing === undefined ? [] : await fetchListing(target, signal);
  const byId = new Map<string, ModelInfo>();
  for (const model of [...(manifest.models.static ?? []), ...listed]) {
    byId.set(model.id, { ...byId.get(model.id), ...model });
  }
  return [...byId.values()].map((model) => withHints(model, manifest)).sort((a, b) => a.id.localeCompare(b.id));
}

function withHints(model: ModelInfo, manifest: ProviderManifest): ModelInfo {
  const hint = manifest.modelHints?.find((candidate) => model.id.startsWith(candidate.prefix));
  if (hint === undefined) return model;
  const { prefix: _prefix, ...capabilities } = hint;
  return { ...capabilities, ...model };
}

async function fetchListing(target: ListingTarget, signal?: AbortSignal): Promise<ModelInfo[]> {
  const { manifest, baseUrl, apiKey } = target;
  const base = baseUrl.replace(/\/+$/, "");
  const headers: Record<string, string> = {};
  let url = `${base}/models`;
  switch (manifest.models.listing) {
    case "anthropic":
      headers["anthropic-version"] = "2023-06-01";
      if (apiKey) headers["x-api-key"] = apiKey;
      url = `${base}/models?limit=1000`;
      break;
    case "google":
      if (apiKey) headers["x-goog-api-key"] = apiKey;
      url = `${base}/models?pageSize=1000`;
      break;
    case "ollama":
      url = `${base}/tags`;
      break;
    default:
      if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  }
  const context = { providerName: target.name, baseUrl };
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(listingTimeoutMs);
    response = await fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (error) {
    throw providerFailure(error, context);
  }
  if (!response.ok) throw failureForStatus(response.status, (await response.text()).slice(0, 300), context);
  try {
    return parseListing(manifest.models.listing, await response.json());
  } catch (error) {
    throw providerFailure(error, context);
  }
}

interface OpenAiListing {
  data: { id: string }[];
}
interface AnthropicListing {
  data: { id: string; display_name?: string }[];
}
interface GoogleListing {
  models: { name: string; displayName?: string; inputTokenLimit?: number; supportedGenerationMethods?: string[] }[];
}
interface OllamaListing {
  models: { name: string }[];
}

function parseListing(kind: ProviderManifest["models"]["listing"], body: unknown): ModelInfo[] {
  switch (kind) {
    case "anthropic":
      return (body as AnthropicListing).data.map((model) => ({
        id: model.id,
        ...(model.display_name ? { name: model.display_name } : {}),
      }));
    case "google":
      return (body as GoogleListing).models
        .filter((model) => model.supportedGenerationMethods?.includes("generateContent") ?? true)
        .map((model) => ({
          id: model.name.replace(/^models\//, ""),
          ...(model.displayName ? { name: model.displayName } : {}),
          ...(model.inputTokenLimit ? { contextWindow: model.inputTokenLimit } : {}),
        }));
    case "ollama":
      return (body as OllamaListing).models.map((model) => ({ id: model.name }));
    default:
      return (body as OpenAiListing).data
        .filter((model) => !notChatModel.test(model.id))
        .map((model) => ({ id: model.id }));
  }
}
