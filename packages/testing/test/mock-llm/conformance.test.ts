import { generateText, stepCountIs, streamText, tool } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "../../src/mock-llm/index.js";
import { generateWords, splitWords } from "../../src/mock-llm/words.js";
import { collect } from "./collect.js";
import { clientKinds, clients } from "./providers.js";

let server: MockLlmServer;
beforeAll(async () => {
  server = await createMockLlmServer();
});
afterAll(async () => {
  await server.close();
});

const weatherTools = {
  get_weather: tool({
    description: "Weather for a city",
    inputSchema: z.object({ city: z.string() }),
    execute: ({ city }) => Promise.resolve(`Sunny in ${city}`),
  }),
  get_time: tool({
    description: "Local time in a city",
    inputSchema: z.object({ city: z.string() }),
    execute: ({ city }) => Promise.resolve({ city, time: "12:00" }),
  }),
};

describe.each(clientKinds)("%s client against the mock", (kind) => {
  const model = (id = "gpt-test") => clients[kind](server.url, id);

  it("echoes the last user message word by word, with usage", async () => {
    const prompt = "Hello mock world,  how are\nyou?";
    const result = await collect(streamText({ model: model(), prompt, maxRetries: 0 }));
    expect(result.errors).toEqual([]);
    expect(result.text).toBe(prompt);
    expect(result.textDeltas).toEqual(splitWords(prompt));
    expect(result.finishReason).toBe("stop");
    expect(result.totalUsage?.inputTokens).toBe(6);
    expect(result.totalUsage?.outputTokens).toBe(6);
  });

  it("answers non-streaming requests (stream: false)", async () => {
    const result = await generateText({ model: model(), prompt: "Title for this chat", maxRetries: 0 });
    expect(result.text).toBe("Title for this chat");
    expect(result.usage.inputTokens).toBe(4);
    expect(result.usage.outputTokens).toBe(4);
    expect(server.requests.at(-1)?.body).toMatchObject({ model: "gpt-test" });
    expect(server.requests.at(-1)?.body).not.toMatchObject({ stream: true });
  });

  it.each(["llama3:8b", "org/model"])("accepts the model id %s", async (id) => {
    const result = await collect(streamText({ model: model(id), prompt: "ids with odd characters", maxRetries: 0 }));
    expect(result.errors).toEqual([]);
    expect(result.text).toBe("ids with odd characters");
  });

  it("streams generated tokens and a fixed reply", async () => {
    const generated = await collect(
      streamText({ model: model(), prompt: mockDirective({ tokens: 50 }), maxRetries: 0 }),
    );
    expect(generated.textDeltas).toHaveLength(50);
    expect(generated.totalUsage?.outputTokens).toBe(50);
    const fixed = await collect(
      streamText({
        model: model(),
        prompt: `ignored ${mockDirective({ reply: 'He said "hi".\n\nBye' })}`,
        maxRetries: 0,
      }),
    );
    expect(fixed.text).toBe('He said "hi".\n\nBye');
  });

  it("streams reasoning before the text in the format's native form", async () => {
    const prompt = mockDirective({ reasoning: "Let me think step by step.", reply: "Done thinking." });
    const result = await collect(streamText({ model: model(), prompt, maxRetries: 0 }));
    expect(result.errors).toEqual([]);
    expect(result.text).toBe("Done thinking.");
    // OpenAI's own Chat Completions client ignores `reasoning_content` (the real API never sends
    // it); OpenAI-compatible clients read it.
    expect(result.reasoning).toBe(kind === "openai-chat" ? "" : "Let me think step by step.");
  });

  it("reasons by default as mock-reasoner", async () => {
    const result = await collect(streamText({ model: model("mock-reasoner"), prompt: "a b c", maxRetries: 0 }));
    expect(result.text).toBe("a b c");
    if (kind !== "openai-chat") expect(result.reasoning).toContain("3 words");
  });

  it("calls a tool, then quotes its result in the next step", async () => {
    const prompt = `Weather? ${mockDirective({ tools: [{ name: "get_weather", args: { city: "Paris" } }] })}`;
    const result = await collect(
      streamText({ model: model(), prompt, tools: weatherTools, stopWhen: stepCountIs(3), maxRetries: 0 }),
    );
    expect(result.errors).toEqual([]);
    expect(result.toolCalls).toEqual([{ toolName: "get_weather", input: { city: "Paris" } }]);
    expect(result.toolResults).toEqual([{ toolName: "get_weather", output: "Sunny in Paris" }]);
    expect(result.text).toBe("Tool get_weather returned: Sunny in Paris");
    expect(result.stepUsages).toHaveLength(2);
    expect(result.finishReason).toBe("stop");
  });

  it("makes several tool calls in one turn", async () => {
    const prompt = mockDirective({
      reply: "Checking both.",
      tools: [
        { name: "get_weather", args: { city: "Oslo" } },
        { name: "get_time", args: { city: "Lima" } },
      ],
    });
    const result = await collect(
      streamText({ model: model(), prompt, tools: weatherTools, stopWhen: stepCountIs(3), maxRetries: 0 }),
    );
    expect(result.errors).toEqual([]);
    expect(result.toolCalls).toEqual([
      { toolName: "get_weather", input: { city: "Oslo" } },
      { toolName: "get_time", input: { city: "Lima" } },
    ]);
    expect(result.text).toContain("Checking both.");
    expect(result.text).toContain("Tool get_weather returned: Sunny in Oslo");
    expect(result.text).toContain('Tool get_time returned: {"city":"Lima","time":"12:00"}');
  });

  it("keeps reasoning and a tool loop working together across steps", async () => {
    const prompt = mockDirective({ reasoning: 5, tools: [{ name: "get_weather", args: { city: "Rome" } }] });
    const result = await collect(
      streamText({ model: model(), prompt, tools: weatherTools, stopWhen: stepCountIs(3), maxRetries: 0 }),
    );
    expect(result.errors).toEqual([]);
    expect(result.text).toBe("Tool get_weather returned: Sunny in Rome");
    // Both steps reason: the directive stays in the last user message.
    if (kind !== "openai-chat") expect(result.reasoning).toBe(generateWords(5, 3).join("").repeat(2));
  });

  it("runs reasoning and a tool loop on non-streaming bodies too", async () => {
    const prompt = mockDirective({ reasoning: "Plan first.", tools: [{ name: "get_time", args: { city: "Kyiv" } }] });
    const result = await generateText({
      model: model(),
      prompt,
      tools: weatherTools,
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]?.toolCalls.map((call) => [call.toolName, call.input])).toEqual([
      ["get_time", { city: "Kyiv" }],
    ]);
    expect(result.text).toBe('Tool get_time returned: {"city":"Kyiv","time":"12:00"}');
    if (kind !== "openai-chat") expect(result.steps[0]?.reasoningText).toBe("Plan first.");
  });

  it("streams 20,000 tokens at full speed through the real client", async () => {
    const started = performance.now();
    const result = await collect(
      streamText({ model: model(), prompt: mockDirective({ tokens: 20_000 }), maxRetries: 0 }),
    );
    const elapsed = performance.now() - started;
    expect(result.errors).toEqual([]);
    expect(result.textDeltas).toHaveLength(20_000);
    // The client's own per-chunk work (SSE parsing, schema validation, stream stages) takes
    // 1.0-1.9 s of this on an idle two-core machine and over 3 s under load, so this bound only
    // catches a stall; the mock's own share is bounded tightly (< 1 s) in throughput.test.ts.
    expect(elapsed).toBeLessThan(10_000);
  });
});
