import type { ErrorBlock, Message, Run } from "@covalt/contracts";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMockProvider, newChat, send, textOf, transcript } from "./support/chat-fixture.js";
import { type RunningCovalt, startCovalt } from "./support/running-covalt.js";

let mock: MockLlmServer;
let covalt: RunningCovalt;
let providerId: string;

beforeAll(async () => {
  mock = await createMockLlmServer({ apiKey: "sk-mock-key-do-not-leak-4242" });
  covalt = await startCovalt({ COVALT_PROVIDER_TIMEOUT_MS: "1500", COVALT_PROVIDER_IDLE_TIMEOUT_MS: "1500" });
  providerId = (await addMockProvider(covalt, mock.url)).id;
});

afterAll(async () => {
  await covalt.close();
  await mock.close();
});

describe("a chat turn", () => {
  it("streams the answer as contiguous events and persists it", async () => {
    const chat = await newChat(covalt);
    // Paced like a real model, so tokens arrive as separate deltas rather than one coalesced burst.
    const { runId, userMessageId, assistantMessageId } = await send(
      covalt,
      chat.id,
      providerId,
      `Hello from the test ${mockDirective({ rate: 100 })}`,
    );
    const envelopes = await covalt.events(runId);
    expect(envelopes.map((envelope) => envelope.seq)).toEqual(envelopes.map((_, index) => index + 1));
    expect(envelopes[0]?.event).toMatchObject({ type: "run-start", messageId: assistantMessageId });
    expect(envelopes.at(-1)?.event).toEqual({ type: "run-end", reason: "complete" });
    const deltas = envelopes.flatMap((envelope) =>
      envelope.event.type === "text-delta" ? [envelope.event.delta] : [],
    );
    expect(deltas.join("")).toBe("Hello from the test");
    expect(deltas.length).toBeGreaterThan(1);

    const [user, assistant] = await transcript(covalt, chat.id);
    expect(user?.id).toBe(userMessageId);
    expect(assistant).toMatchObject({ id: assistantMessageId, status: "complete", parentId: userMessageId });
    expect(textOf(assistant)).toBe("Hello from the test");
    expect(assistant?.content.usage?.outputTokens).toBeGreaterThan(0);
    expect(assistant?.model).toEqual({ providerId, modelId: "gpt-test" });
  });

  it("resumes from any seq with no gap and no duplicate, also after the run ended, via after or Last-Event-ID", async () => {
    const chat = await newChat(covalt);
    const { runId } = await send(covalt, chat.id, providerId, "one two three four five six");
    const all = await covalt.events(runId);
    for (const cut of [0, 3, Math.floor(all.length / 2), all.length - 1]) {
      expect((await covalt.events(runId, cut)).map((envelope) => envelope.seq)).toEqual(
        all.slice(cut).map((envelope) => envelope.seq),
      );
    }
    const viaHeader = await covalt.events(runId, undefined, { "last-event-id": "4" });
    expect(viaHeader[0]?.seq).toBe(5);
  });

  it("rebuilds the history on the server along the branch, never taking it from the client", async () => {
    const chat = await newChat(covalt);
    await covalt.events((await send(covalt, chat.id, providerId, "first question")).runId);
    mock.clearRequests();
    await covalt.events((await send(covalt, chat.id, providerId, "second question")).runId);
    // Title generation also calls the model; the turn's request is the one that streams.
    const request = mock.requests.find(
      (recorded) => recorded.path === "/v1/chat/completions" && (recorded.body as { stream?: boolean }).stream === true,
    );
    const sent = (request?.body as { messages: { role: string; content: string }[] }).messages;
    expect(sent.map((message) => [message.role, message.content])).toEqual([
      ["user", "first question"],
      ["assistant", "first question"],
      ["user", "second question"],
    ]);
  });

  it.each(["llama3:8b", "org/model"])("addresses model %s, whose id contains : or /", async (modelId) => {
    const chat = await newChat(covalt);
    const envelopes = await covalt.events((await send(covalt, chat.id, providerId, "ping", modelId)).runId);
    expect(envelopes.at(-1)?.event).toEqual({ type: "run-end", reason: "complete" });
    expect((mock.requests.at(-1)?.body as { model: string }).model).toBe(modelId);
  });

  it("names chats with the title model from settings when one is set", async () => {
    const settings = await covalt.api("PATCH", "/api/settings", { titleModel: { providerId, modelId: "org/model" } });
    expect(settings.body).toEqual({ titleModel: { providerId, modelId: "org/model" } });
    try {
      const chat = await newChat(covalt);
      mock.clearRequests();
      await covalt.events((await send(covalt, chat.id, providerId, "Compare two databases")).runId);
      await expect
        .poll(() =>
          mock.requests.some(
            (request) =>
              (request.body as { model?: string; stream?: boolean }).model === "org/model" &&
              (request.body as { stream?: boolean }).stream !== true,
          ),
        )
        .toBe(true);
    } finally {
      await covalt.api("PATCH", "/api/settings", { titleModel: null });
    }
    expect((await covalt.api("GET", "/api/settings")).body).toEqual({ titleModel: null });
    expect((await covalt.api("PATCH", "/api/settings", { titleModel: { providerId: "" } })).status).toBe(400);
  });

  it("names the chat after the first exchange", async () => {
    const chat = await newChat(covalt);
    await covalt.events((await send(covalt, chat.id, providerId, "Plan a trip to Lisbon")).runId);
    await expect
      .poll(async () => (await covalt.api<{ chat: { title: string } }>("GET", `/api/chats/${chat.id}`)).body.chat.title)
      .toBe("Plan a trip to Lisbon");
  });
});

describe("provider failures end the run with a readable error and leave the chat usable", () => {
  const cases = [
    ["HTTP 401", mockDirective({ status: 401 }), "provider-auth-failed", /API key/],
    ["HTTP 429", mockDirective({ status: 429 }), "provider-rate-limited", /rate-limiting/],
    ["HTTP 500", mockDirective({ status: 500 }), "provider-error", /server error/],
    [
      "a stream that drops mid-way",
      mockDirective({ tokens: 50, dropAfter: 5 }),
      "provider-stream-interrupted",
      /closed the connection/,
    ],
    ["malformed SSE", mockDirective({ tokens: 20, malformed: true }), "provider-bad-response", /could not read/],
    ["a hung provider", mockDirective({ delay: 5000 }), "provider-timeout", /did not respond/],
  ] as const;

  it.each(cases)("%s", async (_label, directive, code, message) => {
    const chat = await newChat(covalt);
    const { runId } = await send(covalt, chat.id, providerId, `trouble ${directive}`);
    const envelopes = await covalt.events(runId);
    expect(envelopes.at(-1)?.event).toEqual({ type: "run-end", reason: "error" });
    const error = envelopes.find((envelope) => envelope.event.type === "error")?.event as ErrorBlock | undefined;
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);

    const assistant = (await transcript(covalt, chat.id)).at(-1);
    expect(assistant?.status).toBe("error");
    expect(assistant?.content.blocks.at(-1)).toMatchObject({ type: "error", code });

    const retry = await covalt.events((await send(covalt, chat.id, providerId, "are you back")).runId);
    expect(retry.at(-1)?.event).toEqual({ type: "run-end", reason: "complete" });
  });

  it("a model that does not exist", async () => {
    const chat = await newChat(covalt);
    const envelopes = await covalt.events((await send(covalt, chat.id, providerId, "hi", "no-such-model")).runId);
    expect(envelopes.find((envelope) => envelope.event.type === "error")?.event).toMatchObject({
      code: "model-not-found",
      message: expect.stringContaining("no-such-model") as unknown,
    });
  });

  it("an unreachable provider", async () => {
    const down = await createMockLlmServer();
    const url = down.url;
    await down.close();
    const provider = await addMockProvider(covalt, url);
    const chat = await newChat(covalt);
    const envelopes = await covalt.events((await send(covalt, chat.id, provider.id, "hello?")).runId);
    expect(envelopes.find((envelope) => envelope.event.type === "error")?.event).toMatchObject({
      code: "provider-unreachable",
    });
  });
});

describe("cancelling a run", () => {
  it("stops the provider request, keeps the partial text and ends cancelled", async () => {
    const chat = await newChat(covalt);
    const { runId } = await send(covalt, chat.id, providerId, `long ${mockDirective({ tokens: 2000, rate: 100 })}`);
    await expect
      .poll(async () => (await covalt.api<Run>("GET", `/api/runs/${runId}`)).body.lastSeq, { timeout: 5000 })
      .toBeGreaterThan(12);
    const cancelled = await covalt.api<Run>("POST", `/api/runs/${runId}/cancel`);
    expect(cancelled.status).toBe(200);
    const envelopes = await covalt.events(runId);
    expect(envelopes.at(-1)?.event).toEqual({ type: "run-end", reason: "cancelled" });
    await expect.poll(async () => (await covalt.api<Run>("GET", `/api/runs/${runId}`)).body.status).toBe("cancelled");
    const assistant: Message | undefined = (await transcript(covalt, chat.id)).at(-1);
    expect(assistant?.status).toBe("cancelled");
    const words = textOf(assistant).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(5);
    expect(words).toBeLessThan(2000);
  });
});
