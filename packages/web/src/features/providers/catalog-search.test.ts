import type { ProviderManifest } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { catalogEntrySummary, searchCatalog } from "./catalog-search.js";

function entry(id: string, name: string, extra: Partial<ProviderManifest> = {}): ProviderManifest {
  return { id, name, icon: "<svg/>", adapter: "openai-compatible", auth: "api-key", fields: [], models: {}, ...extra };
}

describe("searchCatalog", () => {
  const entries = [
    entry("openai", "OpenAI", { adapter: "openai" }),
    entry("groq", "Groq"),
    entry("lm-studio", "LM Studio"),
  ];

  it("ranks name matches first and otherwise keeps catalog order and matches every word in name, id or adapter", () => {
    expect(searchCatalog(entries, "").map((item) => item.id)).toEqual(["openai", "groq", "lm-studio"]);
    expect(searchCatalog(entries, "studio lm").map((item) => item.id)).toEqual(["lm-studio"]);
    expect(searchCatalog(entries, "OPENAI").map((item) => item.id)).toEqual(["openai", "groq", "lm-studio"]);
    expect(searchCatalog(entries, "compatible").map((item) => item.id)).toEqual(["groq", "lm-studio"]);
    expect(searchCatalog(entries, "nothing")).toEqual([]);
  });

  it("summarises what an entry needs", () => {
    expect(catalogEntrySummary(entry("a", "A", { local: { probeUrl: "http://localhost:11434" } }))).toMatch(/computer/);
    expect(catalogEntrySummary(entry("b", "B"))).toMatch(/URL/);
    expect(catalogEntrySummary(entry("c", "C", { defaultBaseUrl: "https://c.test" }))).toBe("Needs an API key");
  });
});

describe("searchCatalog ranking", () => {
  it("puts a name that starts with the query before name and adapter matches", () => {
    const entries = [
      entry("groq", "Groq"),
      entry("openai-compatible", "OpenAI-compatible"),
      entry("studio", "Studio for OpenAI"),
      entry("openai", "OpenAI", { adapter: "openai" }),
    ];
    expect(searchCatalog(entries, "openai").map((item) => item.id)).toEqual([
      "openai-compatible",
      "openai",
      "studio",
      "groq",
    ]);
  });
});
