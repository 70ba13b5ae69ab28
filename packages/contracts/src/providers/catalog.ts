import { z } from "zod";

/** The few wire protocols Covalt speaks; every provider is one of these plus data. */
export const ProviderAdapterKind = z.enum(["openai", "openai-compatible", "anthropic", "google", "ollama"]);
export type ProviderAdapterKind = z.infer<typeof ProviderAdapterKind>;

export const ProviderAuthKind = z.enum(["api-key", "oauth", "none"]);
export type ProviderAuthKind = z.infer<typeof ProviderAuthKind>;

export const ModelCapabilities = z.object({
  contextWindow: z.number().int().positive().optional(),
  reasoning: z.boolean().optional(),
  toolCalling: z.boolean().optional(),
  vision: z.boolean().optional(),
});
export type ModelCapabilities = z.infer<typeof ModelCapabilities>;

export const ModelInfo = ModelCapabilities.extend({
  id: z.string().min(1),
  name: z.string().optional(),
});
export type ModelInfo = z.infer<typeof ModelInfo>;

/** A setting a provider instance needs beyond name, base URL and API key (e.g. an organization). */
export const ProviderField = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string(),
  kind: z.enum(["text", "secret", "url"]),
  required: z.boolean(),
  placeholder: z.string().optional(),
  help: z.string().optional(),
});
export type ProviderField = z.infer<typeof ProviderField>;

/** How the model list is found: a live listing in one of the known shapes and/or a static list. */
export const ModelSource = z.object({
  listing: z.enum(["openai", "anthropic", "ollama", "google"]).optional(),
  static: z.array(ModelInfo).optional(),
});
export type ModelSource = z.infer<typeof ModelSource>;

export const ProviderManifest = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string(),
  /** A self-contained SVG document, shown as an image (never inlined into the page's DOM). */
  icon: z.string().startsWith("<svg"),
  adapter: ProviderAdapterKind,
  /** Absent when the user must supply one (generic OpenAI-compatible, vLLM). */
  defaultBaseUrl: z.url().optional(),
  auth: ProviderAuthKind,
  /** Whether the API key may be left empty (local servers that ignore it). */
  apiKeyOptional: z.boolean().optional(),
  fields: z.array(ProviderField),
  models: ModelSource,
  /** Runs on this machine; probed on first start so the user can add it in one click. */
  local: z.object({ probeUrl: z.url() }).optional(),
  docsUrl: z.url().optional(),
  /** Known capabilities by model id prefix, merged into live listings that lack them. */
  modelHints: z.array(ModelCapabilities.extend({ prefix: z.string() })).optional(),
});
export type ProviderManifest = z.infer<typeof ProviderManifest>;
