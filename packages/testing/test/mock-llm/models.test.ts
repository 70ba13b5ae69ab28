import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockLlmServer, defaultModels, type MockLlmServer } from "../../src/mock-llm/index.js";

let server: MockLlmServer;
beforeAll(async () => {
  server = await createMockLlmServer({ apiKey: "k" });
});
afterAll(async () => {
  await server.close();
});

const openaiHeaders = { authorization: "Bearer k" };
const anthropicHeaders = { "x-api-key": "k", "anthropic-version": "2023-06-01" };

async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: await response.json() };
}

describe("model listings", () => {
  it("lists the default models in OpenAI's shape", async () => {
    const { status, body } = await getJson(`${server.url}/v1/models`, openaiHeaders);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: "list",
      data: defaultModels.map((id) => ({ id, object: "model", created: 1735689600, owned_by: "covalt-mock" })),
    });
    expect(defaultModels).toEqual(expect.arrayContaining(["gpt-test", "mock-reasoner", "llama3:8b", "org/model"]));
  });

  it("lists them in Anthropic's shape when asked with Anthropic's headers, with paging", async () => {
    const { body } = await getJson(`${server.url}/v1/models`, anthropicHeaders);
    expect(body).toMatchObject({
      data: defaultModels.map((id) => ({ type: "model", id, created_at: "2025-01-01T00:00:00.000Z" })),
      has_more: false,
      first_id: defaultModels[0],
      last_id: defaultModels.at(-1),
    });
    expect(JSON.stringify(body)).toContain('"display_name":"Org Model"');
    const firstPage = await getJson(`${server.url}/v1/models?limit=2`, anthropicHeaders);
    expect(firstPage.body).toMatchObject({ has_more: true, first_id: defaultModels[0], last_id: defaultModels[1] });
    const nextPage = await getJson(
      `${server.url}/v1/models?limit=2&after_id=${defaultModels[1] ?? ""}`,
      anthropicHeaders,
    );
    expect(nextPage.body).toMatchObject({ first_id: defaultModels[2] });
  });

  it("retrieves one model, also by an id with a slash", async () => {
    expect((await getJson(`${server.url}/v1/models/org/model`, openaiHeaders)).body).toMatchObject({ id: "org/model" });
    expect((await getJson(`${server.url}/v1/models/llama3:8b`, anthropicHeaders)).body).toMatchObject({
      type: "model",
      id: "llama3:8b",
    });
    const missing = await getJson(`${server.url}/v1/models/nope`, openaiHeaders);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "model_not_found" } });
  });

  it("lists Ollama tags with tagged names and details", async () => {
    const { body } = await getJson(`${server.url}/api/tags`);
    const models = (body as { models: { name: string; model: string; digest: string }[] }).models;
    expect(models.map((model) => model.name)).toEqual([
      "gpt-test:latest",
      "mock-reasoner:latest",
      "claude-test:latest",
      "llama3:8b",
      "org/model:latest",
    ]);
    const llama = models.find((model) => model.name === "llama3:8b");
    expect(llama).toMatchObject({
      model: "llama3:8b",
      details: { family: "llama", parameter_size: "8B", format: "gguf" },
    });
    expect(llama?.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers Ollama's health check without a key", async () => {
    const response = await fetch(`${server.url}/`);
    expect(await response.text()).toBe("Ollama is running");
  });

  it("serves a configured model list", async () => {
    const custom = await createMockLlmServer({ models: ["only-one", "vendor/sub:tag"] });
    try {
      const { body } = await getJson(`${custom.url}/v1/models`);
      expect(body).toMatchObject({ data: [{ id: "only-one" }, { id: "vendor/sub:tag" }] });
    } finally {
      await custom.close();
    }
  });

  it("guards the listings with the api key in each provider's error shape", async () => {
    const openai = await getJson(`${server.url}/v1/models`);
    expect(openai.status).toBe(401);
    expect(openai.body).toMatchObject({ error: { type: "invalid_request_error", code: null } });
    const anthropic = await getJson(`${server.url}/v1/models`, { ...anthropicHeaders, "x-api-key": "wrong" });
    expect(anthropic.status).toBe(401);
    expect(anthropic.body).toMatchObject({ type: "error", error: { type: "authentication_error" } });
  });
});
