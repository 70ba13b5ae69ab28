import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ProviderInstance, ProviderManifest, ProviderModels, ProviderTestResult } from "@covalt/contracts";
import { createMockLlmServer, type MockLlmServer } from "@covalt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectLocalProviders } from "../src/providers/local-detection.js";
import { mockApiKey } from "./support/chat-fixture.js";
import { type RunningCovalt, startCovalt } from "./support/running-covalt.js";

let mock: MockLlmServer;
let covalt: RunningCovalt;

beforeAll(async () => {
  mock = await createMockLlmServer({ apiKey: mockApiKey });
  covalt = await startCovalt();
});
afterAll(async () => {
  await covalt.close();
  await mock.close();
});

const create = (body: Record<string, unknown>) =>
  covalt.api<ProviderInstance & { error?: { code: string; message: string } }>("POST", "/api/providers", body);

describe("the provider catalog", () => {
  it("offers every required provider as data, each with an icon and a wire format", async () => {
    const { body } = await covalt.api<{ providers: ProviderManifest[] }>("GET", "/api/providers/catalog");
    const ids = body.providers.map((provider) => provider.id);
    for (const id of [
      "openai",
      "anthropic",
      "google",
      "ollama",
      "lm-studio",
      "openrouter",
      "groq",
      "deepseek",
      "mistral",
      "xai",
      "together",
      "fireworks",
      "cerebras",
      "perplexity",
      "vllm",
      "openai-compatible",
    ]) {
      expect(ids).toContain(id);
    }
    for (const provider of body.providers) expect(provider.icon).toMatch(/^<svg/);
  });
});

describe("provider instances", () => {
  it("stores the API key encrypted: never returned, never in the database file or the log", async () => {
    const created = await create({
      catalogId: "openai-compatible",
      name: "Secret test",
      baseUrl: `${mock.url}/v1`,
      apiKey: mockApiKey,
    });
    expect(created.status).toBe(200);
    expect(created.body.secrets).toEqual({ apiKey: { set: true } });
    expect(JSON.stringify(created.body)).not.toContain(mockApiKey);
    const listed = await covalt.api<{ providers: ProviderInstance[] }>("GET", "/api/providers");
    expect(JSON.stringify(listed.body)).not.toContain(mockApiKey);
    // The key works: the provider's model listing needs it.
    expect((await covalt.api<ProviderTestResult>("POST", `/api/providers/${created.body.id}/test`)).body).toMatchObject(
      { ok: true },
    );

    covalt.server.logger.flush();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const files = readdirSync(covalt.dataDir).filter((name) => name.startsWith("covalt.db"));
    for (const name of [
      ...files.map((file) => join(covalt.dataDir, file)),
      join(covalt.dataDir, "logs", "covalt.log"),
    ]) {
      expect(readFileSync(name).includes(Buffer.from(mockApiKey)), name).toBe(false);
    }
  });

  it("lets two instances of one provider live side by side, and edits keep an unchanged key", async () => {
    const first = await create({
      catalogId: "openai-compatible",
      name: "Work",
      baseUrl: `${mock.url}/v1`,
      apiKey: mockApiKey,
    });
    const second = await create({
      catalogId: "openai-compatible",
      name: "Home",
      baseUrl: `${mock.url}/v1`,
      apiKey: "wrong-key",
    });
    expect(first.body.id).not.toBe(second.body.id);
    const renamed = await covalt.api<ProviderInstance>("PATCH", `/api/providers/${first.body.id}`, { name: "Work 2" });
    expect(renamed.body).toMatchObject({ name: "Work 2", secrets: { apiKey: { set: true } } });
    expect((await covalt.api<ProviderTestResult>("POST", `/api/providers/${first.body.id}/test`)).body.ok).toBe(true);
  });

  it("reports a wrong key from the connection test in words the user can act on", async () => {
    const created = await create({
      catalogId: "openai-compatible",
      name: "Bad key",
      baseUrl: `${mock.url}/v1`,
      apiKey: "nope",
    });
    const result = await covalt.api<ProviderTestResult>("POST", `/api/providers/${created.body.id}/test`);
    expect(result.body).toMatchObject({ ok: false, error: { code: "provider-auth-failed" } });
    expect(result.body.error?.message).toMatch(/Check the API key/);
  });

  it("lists models per provider with an error for the failing one instead of failing the whole list", async () => {
    const { body } = await covalt.api<{ providers: ProviderModels[] }>("GET", "/api/models");
    const good = body.providers.find((provider) => provider.providerName === "Work 2");
    expect(good?.models.map((model) => model.id)).toEqual(expect.arrayContaining(["llama3:8b", "org/model"]));
    expect(body.providers.find((provider) => provider.providerName === "Home")?.error?.code).toBe(
      "provider-auth-failed",
    );
  });

  it.each([
    [{ catalogId: "nope", name: "x" }, /no provider type "nope"/],
    [{ catalogId: "openai", name: "No key" }, /needs an API key/],
    [{ catalogId: "openai-compatible", name: "No URL" }, /needs a base URL/],
    [
      { catalogId: "openai-compatible", name: "FTP", baseUrl: "ftp://x.example/v1" },
      /must be a valid URL|http:\/\/ or https:\/\//,
    ],
    [{ catalogId: "openai", name: "Extra", apiKey: "k", color: "red" }, /has no setting "color"/],
    [{ catalogId: "openai" }, /name/],
  ])("refuses %j with a 400 that says why", async (body, message) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body.error?.code).toBe("validation-failed");
    expect(response.body.error?.message).toMatch(message);
  });

  it("removes an instance and answers 404 for it afterwards", async () => {
    const created = await create({ catalogId: "ollama", name: "Local" });
    expect(created.body.baseUrl).toBe("http://127.0.0.1:11434/api");
    expect((await covalt.api("DELETE", `/api/providers/${created.body.id}`)).status).toBe(200);
    expect((await covalt.api("DELETE", `/api/providers/${created.body.id}`)).status).toBe(404);
  });
});

describe("local provider detection", () => {
  it("offers a local server that answers and is not configured yet", async () => {
    const manifest = (id: string, baseUrl: string): ProviderManifest => ({
      id,
      name: id,
      icon: "<svg/>",
      adapter: "openai-compatible",
      defaultBaseUrl: baseUrl,
      auth: "none",
      fields: [],
      models: { listing: "openai" },
      local: { probeUrl: `${baseUrl}/models` },
    });
    const open = await createMockLlmServer();
    try {
      const found = await detectLocalProviders(
        [
          manifest("running", `${open.url}/v1`),
          manifest("absent", "http://127.0.0.1:9/v1"),
          manifest("configured", `${open.url}/v1/`),
        ],
        new Set([`${open.url}/v1/`]),
      );
      expect(found).toEqual([{ catalogId: "running", name: "running", baseUrl: `${open.url}/v1`, modelCount: 5 }]);
    } finally {
      await open.close();
    }
  });
});
