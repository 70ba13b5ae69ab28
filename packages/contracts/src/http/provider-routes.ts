import { z } from "zod";
import { ProviderManifest } from "../providers/catalog.js";
import {
  CreateProviderRequest,
  DetectedLocalProvider,
  ProviderInstance,
  ProviderModels,
  ProviderTestResult,
  UpdateProviderRequest,
} from "../providers/instances.js";
import { defineRoute } from "./route.js";

export const Ok = z.object({ ok: z.literal(true) });

export const providerRoutes = {
  providerCatalog: defineRoute({
    method: "get",
    path: "/api/providers/catalog",
    summary: "Every provider Covalt knows how to talk to, with the fields each needs.",
    auth: "token",
    body: undefined,
    response: z.object({ providers: z.array(ProviderManifest) }),
  }),
  listProviders: defineRoute({
    method: "get",
    path: "/api/providers",
    summary: "Configured provider instances (secrets only as set / not set).",
    auth: "token",
    body: undefined,
    response: z.object({ providers: z.array(ProviderInstance) }),
  }),
  createProvider: defineRoute({
    method: "post",
    path: "/api/providers",
    summary: "Adds a provider instance; the API key is stored encrypted and never returned.",
    auth: "token",
    body: CreateProviderRequest,
    response: ProviderInstance,
  }),
  updateProvider: defineRoute({
    method: "patch",
    path: "/api/providers/:providerId",
    summary: "Changes a provider instance; absent keys keep their value, null clears it.",
    auth: "token",
    body: UpdateProviderRequest,
    response: ProviderInstance,
  }),
  deleteProvider: defineRoute({
    method: "delete",
    path: "/api/providers/:providerId",
    summary: "Removes a provider instance and its stored secrets.",
    auth: "token",
    body: undefined,
    response: Ok,
  }),
  testProvider: defineRoute({
    method: "post",
    path: "/api/providers/:providerId/test",
    summary: "Checks that the provider answers with these credentials.",
    auth: "token",
    body: undefined,
    response: ProviderTestResult,
  }),
  detectLocalProviders: defineRoute({
    method: "get",
    path: "/api/providers/detected",
    summary: "Local model servers (Ollama, LM Studio) answering on this machine and not yet added.",
    auth: "token",
    body: undefined,
    response: z.object({ providers: z.array(DetectedLocalProvider) }),
  }),
  listModels: defineRoute({
    method: "get",
    path: "/api/models",
    summary: "Models of every configured provider, listed live and cached briefly.",
    auth: "token",
    body: undefined,
    response: z.object({ providers: z.array(ProviderModels) }),
  }),
};
