import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockLlmServer, type MockLlmServer } from "../../src/mock-llm/index.js";

let server: MockLlmServer;
beforeAll(async () => {
  server = await createMockLlmServer();
});
afterAll(async () => {
  await server.close();
});

describe("request recording", () => {
  it("records method, path, headers, parsed body and a precise receive time", async () => {
    const before = performance.timeOrigin + performance.now();
    const body = { model: "gpt-test", messages: [{ role: "user", content: "hi" }] };
    await fetch(`${server.url}/v1/chat/completions?x=1`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-trace": "t1" },
      body: JSON.stringify(body),
    });
    const after = performance.timeOrigin + performance.now();
    const [recorded] = server.requests;
    expect(recorded).toMatchObject({ method: "POST", path: "/v1/chat/completions", body });
    expect(recorded?.headers["x-trace"]).toBe("t1");
    expect(recorded?.receivedAt).toBeGreaterThanOrEqual(before);
    expect(recorded?.receivedAt).toBeLessThanOrEqual(after);
  });

  it("keeps the raw text of a body that is not JSON, and clears in place", async () => {
    const requests = server.requests;
    const response = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", body: "{oops" });
    expect(response.status).toBe(400);
    expect(requests.at(-1)?.body).toBe("{oops");
    server.clearRequests();
    expect(requests).toHaveLength(0);
    expect(server.requests).toBe(requests);
  });

  it("answers unknown routes with a 404 in OpenAI's error shape", async () => {
    const response = await fetch(`${server.url}/v1/nothing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: "Invalid URL (GET /v1/nothing)" } });
  });

  it("stops streams in flight on close", async () => {
    const other = await createMockLlmServer();
    const response = await fetch(`${other.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({
        model: "gpt-test",
        stream: true,
        messages: [{ role: "user", content: "[[mock tokens=1000 rate=10]]" }],
      }),
    });
    expect(response.status).toBe(200);
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(response.text()).rejects.toThrow();
  });
});
