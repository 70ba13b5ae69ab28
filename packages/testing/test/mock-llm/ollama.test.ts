import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "../../src/mock-llm/index.js";

let server: MockLlmServer;
beforeAll(async () => {
  server = await createMockLlmServer();
});
afterAll(async () => {
  await server.close();
});

async function chat(body: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}/api/chat`, { method: "POST", body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

function lines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("Ollama native chat (/api/chat)", () => {
  it("streams NDJSON by default, thinking first, then a done object with counts", async () => {
    const content = `hello there ${mockDirective({ reasoning: "hm ok" })}`;
    const { status, text } = await chat({ model: "llama3:8b", messages: [{ role: "user", content }] });
    expect(status).toBe(200);
    const objects = lines(text);
    const message = (index: number) => objects[index]?.message as Record<string, unknown> | undefined;
    expect(message(0)).toEqual({ role: "assistant", content: "", thinking: "hm " });
    expect(objects.map((object) => (object.message as { content: string }).content).join("")).toBe("hello there");
    expect(objects.at(-1)).toMatchObject({ done: true, done_reason: "stop", prompt_eval_count: 5, eval_count: 4 });
    expect(objects.slice(0, -1).every((object) => object.done === false)).toBe(true);
  });

  it("answers stream: false with one object, and accepts an untagged name as :latest", async () => {
    const { text } = await chat({
      model: "gpt-test:latest",
      stream: false,
      messages: [{ role: "user", content: "a b" }],
    });
    expect(JSON.parse(text)).toMatchObject({ model: "gpt-test:latest", message: { content: "a b" }, done: true });
  });

  it("calls tools with parsed arguments and quotes tool messages", async () => {
    const content = mockDirective({ tools: [{ name: "lookup", args: { q: 1 } }] });
    const first = lines((await chat({ model: "llama3:8b", messages: [{ role: "user", content }] })).text);
    expect(first.at(-2)?.message).toMatchObject({
      tool_calls: [{ function: { name: "lookup", arguments: { q: 1 } } }],
    });
    const second = await chat({
      model: "llama3:8b",
      stream: false,
      messages: [
        { role: "user", content },
        { role: "assistant", content: "", tool_calls: [{ function: { name: "lookup", arguments: { q: 1 } } }] },
        { role: "tool", tool_name: "lookup", content: "42" },
      ],
    });
    expect(JSON.parse(second.text)).toMatchObject({ message: { content: "Tool lookup returned: 42" } });
  });

  it("answers an unknown model with Ollama's error body", async () => {
    const { status, text } = await chat({ model: "mistral", messages: [{ role: "user", content: "x" }] });
    expect(status).toBe(404);
    expect(JSON.parse(text)).toEqual({ error: 'model "mistral" not found, try pulling it first' });
  });
});
