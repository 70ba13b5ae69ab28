import { APICallError, RetryError, streamText } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "../../src/mock-llm/index.js";
import { collect } from "./collect.js";
import { clientKinds, clients } from "./providers.js";

let server: MockLlmServer;
beforeAll(async () => {
  server = await createMockLlmServer();
});
afterAll(async () => {
  await server.close();
});

/** streamText logs every error part by default; these tests expect them. */
const quiet = () => undefined;

function apiCallError(error: unknown): APICallError {
  if (!APICallError.isInstance(error)) throw new Error(`expected an APICallError, got ${String(error)}`);
  return error;
}

describe.each(clientKinds)("%s client meets staged failures", (kind) => {
  const run = (prompt: string, options: { model?: string; maxRetries?: number } = {}) =>
    collect(
      streamText({
        model: clients[kind](server.url, options.model ?? "gpt-test"),
        prompt,
        maxRetries: options.maxRetries ?? 0,
        onError: quiet,
      }),
    );

  it.each([401, 429, 500, 503])("surfaces status=%i as an API call error with that status", async (status) => {
    const result = await run(mockDirective({ status, message: `staged ${status}` }));
    expect(result.errors).toHaveLength(1);
    const error = apiCallError(result.errors[0]);
    expect(error.statusCode).toBe(status);
    expect(error.message).toBe(`staged ${status}`);
    expect(error.isRetryable).toBe(status !== 401);
    if (status === 429) expect(error.responseHeaders?.["retry-after"]).toBe("1");
  });

  it("lets the client retry a 503 as told by retry-after", async () => {
    server.clearRequests();
    const result = await run(mockDirective({ status: 503, retryAfter: 0 }), { maxRetries: 2 });
    expect(server.requests).toHaveLength(3);
    expect(RetryError.isInstance(result.errors[0])).toBe(true);
  });

  it("answers an unknown model with the provider's 404", async () => {
    const result = await run("hello", { model: "no-such-model" });
    const error = apiCallError(result.errors[0]);
    expect(error.statusCode).toBe(404);
    expect(error.responseBody).toContain(kind === "anthropic" ? "not_found_error" : "model_not_found");
  });

  it("answers a malformed directive with a 400 that says what is wrong", async () => {
    const result = await run("[[mock tokenz=3]]");
    const error = apiCallError(result.errors[0]);
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain('unknown key "tokenz"');
  });

  it("drop-after cuts the connection mid-stream: some text, then a stream error, no clean finish", async () => {
    const result = await run(mockDirective({ tokens: 20, dropAfter: 5 }));
    expect(result.textDeltas).toHaveLength(5);
    // The AI SDK does not turn a broken body into an error part: iterating the stream throws
    // an APICallError whose cause is fetch's "terminated".
    const error = apiCallError(result.thrown);
    expect(error.message).toBe("Failed to process successful response");
    expect(String(error.cause)).toContain("terminated");
    expect(result.finishReason).toBeUndefined();
  });

  it("malformed sends a broken chunk that the client reports as a stream error", async () => {
    const result = await run(mockDirective({ tokens: 10, malformed: true }));
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.text.length).toBeGreaterThan(0);
  });

  it("error-after sends the provider's in-stream error event", async () => {
    const result = await run(mockDirective({ tokens: 10, errorAfter: 4, message: "upstream melted" }));
    expect(result.textDeltas).toHaveLength(4);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.errors[0]) + String(result.errors[0])).toContain("upstream melted");
  });

  it("delay holds the headers and first-token-delay the first token", async () => {
    for (const directive of [{ delay: 300 }, { firstTokenDelay: 300 }]) {
      const started = performance.now();
      const result = await run(mockDirective({ ...directive, reply: "late" }));
      expect(result.text).toBe("late");
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    }
  });

  it("rate paces the tokens", async () => {
    const started = performance.now();
    const result = await run(mockDirective({ tokens: 11, rate: 50 }));
    expect(result.textDeltas).toHaveLength(11);
    // Ten gaps of 20 ms after the first token.
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe("apiKey option", () => {
  it("rejects a wrong key with each provider's 401 and accepts the right one", async () => {
    const guarded = await createMockLlmServer({ apiKey: "test-key" });
    const open = await createMockLlmServer({ apiKey: "another-key" });
    try {
      for (const kind of clientKinds) {
        const ok = await collect(
          streamText({ model: clients[kind](guarded.url, "gpt-test"), prompt: "hi", maxRetries: 0 }),
        );
        expect(ok.text).toBe("hi");
        const denied = await collect(
          streamText({ model: clients[kind](open.url, "gpt-test"), prompt: "hi", maxRetries: 0 }),
        );
        const error = apiCallError(denied.errors[0]);
        expect(error.statusCode).toBe(401);
        expect(error.responseBody).toContain(kind === "anthropic" ? "authentication_error" : "invalid_api_key");
      }
    } finally {
      await guarded.close();
      await open.close();
    }
  });
});
