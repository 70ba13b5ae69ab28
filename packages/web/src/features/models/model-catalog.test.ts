import type { ProviderModels } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { buildModelSections, findModel, flattenSections, pickAvailableModel } from "./model-catalog.js";
import { modelKey } from "./model-ref.js";
import { rememberRecent } from "./recent-models.js";

const providers: ProviderModels[] = [
  {
    providerId: "prov_local",
    providerName: "Ollama",
    catalogId: "ollama",
    models: [{ id: "llama3:8b" }, { id: "qwen2.5-coder:7b", name: "Qwen Coder" }],
  },
  {
    providerId: "prov_router",
    providerName: "Router",
    catalogId: "openrouter",
    models: [{ id: "meta/llama3:8b", reasoning: true }, { id: "anthropic/claude" }],
  },
  {
    providerId: "prov_broken",
    providerName: "Broken",
    catalogId: "openai",
    models: [],
    error: { code: "provider-auth-failed", message: "The API key was rejected." },
  },
];

describe("model sections", () => {
  it("lists recents first, then each provider in order, keeping providers that failed with their error", () => {
    const recents = [{ providerId: "prov_router", modelId: "anthropic/claude" }];
    const sections = buildModelSections(providers, recents, "");
    expect(sections.map((section) => [section.label, section.options.map((option) => option.ref.modelId)])).toEqual([
      ["Recent", ["anthropic/claude"]],
      ["Ollama", ["llama3:8b", "qwen2.5-coder:7b"]],
      ["Router", ["meta/llama3:8b", "anthropic/claude"]],
      ["Broken", []],
    ]);
    expect(sections[3]?.error).toBe("The API key was rejected.");
  });

  it("drops recents whose provider or model is gone", () => {
    const recents = [
      { providerId: "prov_gone", modelId: "x" },
      { providerId: "prov_local", modelId: "removed" },
    ];
    expect(buildModelSections(providers, recents, "")[0]?.label).toBe("Ollama");
  });

  it("searches ids, names and provider names with every word, and hides recents and empty sections", () => {
    const recents = [{ providerId: "prov_local", modelId: "llama3:8b" }];
    const sections = buildModelSections(providers, recents, "LLAMA3:8b");
    expect(sections.map((section) => section.options.map((option) => option.ref.modelId))).toEqual([
      ["llama3:8b"],
      ["meta/llama3:8b"],
    ]);
    expect(buildModelSections(providers, [], "coder ollama")[0]?.options[0]?.ref.modelId).toBe("qwen2.5-coder:7b");
    expect(buildModelSections(providers, [], "router claude").map((section) => section.label)).toEqual(["Router"]);
  });

  it("gives every option a unique key even when a model is both recent and listed", () => {
    const recents = [{ providerId: "prov_local", modelId: "llama3:8b" }];
    const keys = flattenSections(buildModelSections(providers, recents, "")).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("model lookup", () => {
  it("tells ids with ':' and '/' apart by provider", () => {
    expect(findModel(providers, { providerId: "prov_router", modelId: "meta/llama3:8b" })?.model.reasoning).toBe(true);
    expect(findModel(providers, { providerId: "prov_local", modelId: "meta/llama3:8b" })).toBeUndefined();
    expect(modelKey({ providerId: "a:b", modelId: "c" })).not.toBe(modelKey({ providerId: "a", modelId: "b:c" }));
  });

  it("picks the first preferred model that exists, else the first listed", () => {
    const gone = { providerId: "prov_gone", modelId: "x" };
    const claude = { providerId: "prov_router", modelId: "anthropic/claude" };
    expect(pickAvailableModel(providers, [null, gone, claude])).toEqual(claude);
    expect(pickAvailableModel(providers, [gone])).toEqual({ providerId: "prov_local", modelId: "llama3:8b" });
    expect(pickAvailableModel([], [claude])).toBeUndefined();
  });
});

describe("rememberRecent", () => {
  it("moves a model to the front without duplicates and caps the list", () => {
    const a = { providerId: "p", modelId: "a" };
    const b = { providerId: "p", modelId: "b" };
    expect(rememberRecent([a, b], b)).toEqual([b, a]);
    const many = Array.from({ length: 8 }, (_, index) => ({ providerId: "p", modelId: `m${index}` }));
    expect(rememberRecent(many, a, 5)).toEqual([a, ...many.slice(0, 4)]);
  });
});
