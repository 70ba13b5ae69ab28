import { z } from "zod";
import { ProviderId } from "../ids.js";
import { ModelInfo } from "./catalog.js";

/**
 * A configured provider as the API shows it. Secrets are never returned: `secrets` only says
 * which secret fields hold a value.
 */
export const ProviderInstance = z.object({
  id: ProviderId,
  catalogId: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  fields: z.record(z.string(), z.string()),
  secrets: z.record(z.string(), z.object({ set: z.boolean() })),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ProviderInstance = z.infer<typeof ProviderInstance>;

const secretInput = z.string().max(4096);

/** Extra keys are the catalog entry's fields (`{ catalogId, name, apiKey, organization }`). */
export const CreateProviderRequest = z
  .object({
    catalogId: z.string().min(1),
    name: z.string().trim().min(1).max(100),
    baseUrl: z.url().optional(),
    apiKey: secretInput.optional(),
  })
  .catchall(z.string().max(4096));
export type CreateProviderRequest = z.infer<typeof CreateProviderRequest>;

/** `null` clears a value; an absent key keeps it (so a secret need not be re-entered). */
export const UpdateProviderRequest = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    baseUrl: z.url().nullable().optional(),
    apiKey: secretInput.nullable().optional(),
  })
  .catchall(z.string().max(4096).nullable());
export type UpdateProviderRequest = z.infer<typeof UpdateProviderRequest>;

export const ProviderTestResult = z.object({
  ok: z.boolean(),
  modelCount: z.number().int().nonnegative().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ProviderTestResult = z.infer<typeof ProviderTestResult>;

export const ProviderModels = z.object({
  providerId: z.string(),
  providerName: z.string(),
  catalogId: z.string(),
  models: z.array(ModelInfo),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ProviderModels = z.infer<typeof ProviderModels>;

export const DetectedLocalProvider = z.object({
  catalogId: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  modelCount: z.number().int().nonnegative(),
});
export type DetectedLocalProvider = z.infer<typeof DetectedLocalProvider>;
