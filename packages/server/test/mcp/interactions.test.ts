import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { AppEvent, McpInteraction, ModelRef } from "@covalt/contracts";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { McpHost } from "../../src/mcp/mcp-host.js";
import { McpInteractionBroker } from "../../src/mcp/mcp-interaction-broker.js";
import { type RunningCovalt, startCovalt } from "../support/running-covalt.js";
import { addEverything, newHost, waitFor } from "./mcp-support.js";

const apiKey = "sk-interactions-test";

describe("MCP elicitation and sampling through the interaction broker (server-everything over stdio)", () => {
  let mock: MockLlmServer;
  let host: McpHost | undefined;
  let broker: McpInteractionBroker | undefined;
  let events: AppEvent[] = [];

  beforeAll(async () => {
    mock = await createMockLlmServer({ apiKey });
  });
  afterAll(async () => {
    await mock.close();
  });
  afterEach(async () => {
    broker?.close();
    await host?.close();
    host = undefined;
    broker = undefined;
  });

  function setup(options: { model?: ModelRef | undefined; timeoutMs?: number; toolTimeoutMs?: number } = {}) {
    events = [];
    const provider = createOpenAICompatible({ name: "mock", baseURL: `${mock.url}/v1`, apiKey });
    const made = newHost({
      events: { publish: (event) => events.push(event) },
      defaultToolTimeoutMs: options.toolTimeoutMs,
      callbacks: {
        onElicitation: (serverId, params) => required(broker).callbacks.onElicitation?.(serverId, params) as never,
        onSampling: (serverId, params) => required(broker).callbacks.onSampling?.(serverId, params) as never,
      },
    });
    host = made.host;
    const mcp = made.host;
    broker = new McpInteractionBroker({
      events: { publish: (event) => events.push(event) },
      serverName: (serverId) => mcp.server(serverId)?.name ?? serverId,
      chatOf: (serverId) => mcp.chatOf(serverId),
      modelFor: () => options.model,
      languageModel: (model) => provider.chatModel(model.modelId),
      timeoutMs: options.timeoutMs,
    });
    const server = addEverything(mcp);
    return { mcp, broker, server };
  }

  async function toolOf(mcp: McpHost, serverId: string, name: string) {
    await mcp.listTools(serverId);
    const tool = mcp
      .list()
      .flatMap((source) => source.tools)
      .find((entry) => entry.name === name);
    if (tool === undefined) throw new Error(`server-everything has no ${name}`);
    return tool;
  }

  function call(mcp: McpHost, tool: Awaited<ReturnType<typeof toolOf>>, input: unknown, chatId = "chat_test") {
    return mcp.execute(tool, input, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
      context: { chatId },
    });
  }

  async function nextRequest(current: McpInteractionBroker): Promise<McpInteraction> {
    await waitFor(() => current.pending().length > 0, 15_000, "an interaction request");
    return required(current.pending()[0]);
  }

  it("publishes an elicitation with its schema and chat, and returns accepted content to the tool", async () => {
    const { mcp, broker: current, server } = setup();
    const tool = await toolOf(mcp, server.id, "trigger-elicitation-request");
    const result = call(mcp, tool, {}, "chat_elicit");

    const request = await nextRequest(current);
    expect(request).toMatchObject({
      serverId: server.id,
      serverName: "Everything",
      kind: "elicitation",
      chatId: "chat_elicit",
      message: "Please provide inputs for the following fields:",
    });
    expect(request.requestedSchema?.required).toEqual(["name"]);
    expect(request.requestedSchema?.properties.integer).toMatchObject({ type: "integer", default: 42 });
    expect(events).toContainEqual(
      expect.objectContaining({ type: "mcp-interaction-request", requestId: request.requestId }),
    );

    // A missing required field is refused and the request stays open.
    await expect(current.answer(request.requestId, { action: "accept", content: { check: true } })).rejects.toThrow(
      /required/,
    );
    expect(current.pending()).toHaveLength(1);

    const answer = await current.answer(request.requestId, {
      action: "accept",
      content: { name: "Ada Lovelace", check: true, integer: 7 },
    });
    expect(answer).toEqual({ outcome: "accept" });
    const output = JSON.stringify(await result);
    expect(output).toContain("Name: Ada Lovelace");
    expect(output).toContain("Favorite Integer: 7");
    expect(current.pending()).toEqual([]);
    expect(events).toContainEqual({ type: "mcp-interaction-end", requestId: request.requestId, outcome: "accept" });
    expect(mcp.chatOf(server.id)).toBeUndefined();
  });

  it("returns a declined elicitation to the tool", async () => {
    const { mcp, broker: current, server } = setup();
    const tool = await toolOf(mcp, server.id, "trigger-elicitation-request");
    const result = call(mcp, tool, {});
    const request = await nextRequest(current);
    await current.answer(request.requestId, { action: "decline" });
    expect(JSON.stringify(await result)).toContain("User declined");
  });

  it("cancels a request nobody answers once it times out", async () => {
    const { mcp, broker: current, server } = setup({ timeoutMs: 200 });
    const tool = await toolOf(mcp, server.id, "trigger-elicitation-request");
    const output = JSON.stringify(await call(mcp, tool, {}));
    expect(output).toContain("User cancelled");
    expect(current.pending()).toEqual([]);
    expect(events).toContainEqual(expect.objectContaining({ type: "mcp-interaction-end", outcome: "cancel" }));
  });

  it("does not time out a tool call while its elicitation waits for the user", async () => {
    const { mcp, broker: current, server } = setup({ toolTimeoutMs: 500 });
    const tool = await toolOf(mcp, server.id, "trigger-elicitation-request");
    const result = call(mcp, tool, {});
    const request = await nextRequest(current);
    // The user takes well over the tool's timeout to fill the form.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await current.answer(request.requestId, { action: "accept", content: { name: "Grace Hopper" } });
    expect(JSON.stringify(await result)).toContain("Name: Grace Hopper");
  });

  it("does not time out a tool call while its sampling request waits for approval", async () => {
    const {
      mcp,
      broker: current,
      server,
    } = setup({
      model: { providerId: "mock", modelId: "gpt-test" },
      toolTimeoutMs: 500,
    });
    const tool = await toolOf(mcp, server.id, "trigger-sampling-request");
    const result = call(mcp, tool, { prompt: `Hi ${mockDirective({ reply: "Approved late" })}`, maxTokens: 20 });
    const request = await nextRequest(current);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await current.answer(request.requestId, { action: "accept" });
    expect(JSON.stringify(await result)).toContain("Approved late");
  });

  it("leaves only the broker's timeout to end a request nobody answers", async () => {
    const { mcp, broker: current, server } = setup({ toolTimeoutMs: 300, timeoutMs: 1_000 });
    const tool = await toolOf(mcp, server.id, "trigger-elicitation-request");
    const started = Date.now();
    const output = JSON.stringify(await call(mcp, tool, {}));
    expect(output).toContain("User cancelled");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(current.pending()).toEqual([]);
  });

  it("runs an approved sampling request on the chat's model and returns the completion", async () => {
    const { mcp, broker: current, server } = setup({ model: { providerId: "mock", modelId: "gpt-test" } });
    const tool = await toolOf(mcp, server.id, "trigger-sampling-request");
    const before = mock.requests.length;
    const result = call(mcp, tool, {
      prompt: `Say hi ${mockDirective({ reply: "Sampled by the mock model" })}`,
      maxTokens: 50,
    });

    const request = await nextRequest(current);
    expect(request).toMatchObject({
      kind: "sampling",
      serverName: "Everything",
      chatId: "chat_test",
      systemPrompt: "You are a helpful test server.",
      maxTokens: 50,
    });
    expect(request.messages?.[0]?.role).toBe("user");
    expect(request.messages?.[0]?.text).toContain("Say hi");

    const answer = await current.answer(request.requestId, { action: "accept" });
    expect(answer).toEqual({ outcome: "accept", text: "Sampled by the mock model" });
    const output = JSON.stringify(await result);
    expect(output).toContain("Sampled by the mock model");
    expect(output).toContain("gpt-test");
    expect(mock.requests.length).toBeGreaterThan(before);
    expect(events).toContainEqual(expect.objectContaining({ type: "mcp-interaction-end", outcome: "accept" }));
  });

  it("answers a declined sampling request with an error to the server", async () => {
    const { mcp, broker: current, server } = setup({ model: { providerId: "mock", modelId: "gpt-test" } });
    const tool = await toolOf(mcp, server.id, "trigger-sampling-request");
    const result = call(mcp, tool, { prompt: "hello", maxTokens: 20 });
    const request = await nextRequest(current);
    expect(await current.answer(request.requestId, { action: "decline" })).toEqual({ outcome: "decline" });
    await expect(result).rejects.toThrow(/declined the sampling request/);
  });

  it("rejects sampling with a clear message when there is no model", async () => {
    const { mcp, broker: current, server } = setup({ model: undefined });
    const tool = await toolOf(mcp, server.id, "trigger-sampling-request");
    const result = call(mcp, tool, { prompt: "hello", maxTokens: 20 });
    const request = await nextRequest(current);
    const answer = await current.answer(request.requestId, { action: "accept" });
    expect(answer.outcome).toBe("error");
    expect(answer.error).toMatch(/No model to sample with/);
    await expect(result).rejects.toThrow(/No model to sample with/);
  });
});

describe("MCP interaction routes", () => {
  let covalt: RunningCovalt;
  beforeAll(async () => {
    covalt = await startCovalt();
  });
  afterAll(async () => {
    await covalt.close();
  });

  it("lists no pending requests and answers 404 for an unknown one", async () => {
    expect(await covalt.api("GET", "/api/mcp/interactions")).toEqual({ status: 200, body: { interactions: [] } });
    const answer = await covalt.api<{ error: { code: string } }>("POST", "/api/mcp/interactions/appr_nope", {
      action: "decline",
    });
    expect(answer.status).toBe(404);
    const invalid = await covalt.api("POST", "/api/mcp/interactions/appr_nope", { action: "maybe" });
    expect(invalid.status).toBe(400);
  });
});

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("missing value");
  return value;
}
