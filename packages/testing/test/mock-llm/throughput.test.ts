import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "../../src/mock-llm/index.js";

let server: MockLlmServer;
beforeAll(async () => {
  server = await createMockLlmServer();
});
afterAll(async () => {
  await server.close();
});

const content = mockDirective({ tokens: 20_000 });
const messages = [{ role: "user", content }];

const routes: { path: string; body: Record<string, unknown>; headers: Record<string, string>; delta: string }[] = [
  { path: "/v1/chat/completions", body: { messages }, headers: {}, delta: '"delta":{"content":"' },
  { path: "/v1/responses", body: { input: content }, headers: {}, delta: "event: response.output_text.delta" },
  { path: "/v1/messages", body: { messages }, headers: { "anthropic-version": "2023-06-01" }, delta: '"text_delta"' },
  { path: "/api/chat", body: { messages }, headers: {}, delta: '"done":false' },
];

describe.each(routes)("$path at rate 0", ({ path, body, headers, delta }) => {
  it("puts 20,000 tokens on the wire in well under a second", async () => {
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ model: "gpt-test", stream: true, ...body }),
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    expect(text.split(delta).length - 1).toBe(20_000);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("event loop while streaming", () => {
  it("answers other requests while a 20,000-token stream is going out", async () => {
    let longDone = false;
    const long = fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "gpt-test", stream: true, messages }),
    })
      .then((response) => response.text())
      .then(() => (longDone = true));
    const listing = await fetch(`${server.url}/v1/models`);
    expect(listing.status).toBe(200);
    // A writer that never yields would finish the whole stream before serving the listing.
    expect(longDone).toBe(false);
    await long;
  });
});
