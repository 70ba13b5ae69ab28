import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Chat, Message, ProviderInstance, SendMessageResponse } from "@covalt/contracts";
import { createMockLlmServer, mockDirective } from "@covalt/testing";
import { afterEach, expect, it } from "vitest";
import { textOf } from "./support/chat-fixture.js";

const cliSource = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const tsxLoader = createRequire(import.meta.url).resolve("tsx");
const token = "crash-test-token-0123456789";
const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill("SIGKILL")));

async function startCli(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", tsxLoader, cliSource, "--port", "0", "--data-dir", dataDir], {
    env: { ...process.env, COVALT_AUTH_TOKEN: token },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is running at (http:\/\/[^/\s]+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${String(code)}: ${output}`)));
  });
  return { child, url };
}

async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}

/** A server process in a fresh data dir with the mock provider added and an empty chat. */
async function startWithChat(mockUrl: string, prefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const first = await startCli(dataDir);
  const provider = await call<ProviderInstance>(first.url, "POST", "/api/providers", {
    catalogId: "openai-compatible",
    name: "Mock",
    baseUrl: `${mockUrl}/v1`,
  });
  const chat = await call<Chat>(first.url, "POST", "/api/chats", {});
  return { dataDir, first, chat, model: { providerId: provider.id, modelId: "gpt-test" } };
}

it("a server killed mid-stream keeps every earlier message and marks the partial answer interrupted", async () => {
  const mock = await createMockLlmServer();
  try {
    const { dataDir, first, chat, model } = await startWithChat(mock.url, "covalt-crash-");
    const done = await call<SendMessageResponse>(first.url, "POST", `/api/chats/${chat.id}/messages`, {
      content: "a finished question",
      model,
    });
    await expect
      .poll(async () => (await call<{ status: string }>(first.url, "GET", `/api/runs/${done.runId}`)).status)
      .toBe("complete");

    const slow = await call<SendMessageResponse>(first.url, "POST", `/api/chats/${chat.id}/messages`, {
      content: `a long answer ${mockDirective({ tokens: 5000, rate: 200 })}`,
      model,
    });
    // Wait until at least one checkpoint has reached the database, then kill without warning.
    await new Promise((resolve) => setTimeout(resolve, 900));
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const second = await startCli(dataDir);
    const { messages } = await call<{ messages: Message[] }>(second.url, "GET", `/api/chats/${chat.id}`);
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(textOf(messages[0])).toBe("a finished question");
    expect(messages[1]).toMatchObject({ status: "complete" });
    expect(textOf(messages[1])).toBe("a finished question");
    const interrupted = messages[3];
    expect(interrupted?.id).toBe(slow.assistantMessageId);
    expect(interrupted?.status).toBe("error");
    expect(textOf(interrupted).split(" ").length).toBeGreaterThan(10);
    expect(interrupted?.content.blocks.at(-1)).toMatchObject({
      type: "error",
      code: "run-interrupted",
      retryable: true,
    });
    expect(await call<{ status: string }>(second.url, "GET", `/api/runs/${slow.runId}`)).toMatchObject({
      status: "interrupted",
    });

    // The chat stays usable after the crash.
    const after = await call<SendMessageResponse>(second.url, "POST", `/api/chats/${chat.id}/messages`, {
      content: "still there?",
      model,
    });
    await expect
      .poll(async () => (await call<{ status: string }>(second.url, "GET", `/api/runs/${after.runId}`)).status)
      .toBe("complete");
  } finally {
    await mock.close();
  }
});

it("a server stopped gracefully mid-stream ends the run interrupted, keeping the partial answer", async () => {
  const mock = await createMockLlmServer();
  try {
    const { dataDir, first, chat, model } = await startWithChat(mock.url, "covalt-stop-");
    const slow = await call<SendMessageResponse>(first.url, "POST", `/api/chats/${chat.id}/messages`, {
      content: `a long answer ${mockDirective({ tokens: 5000, rate: 200 })}`,
      model,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.child.kill("SIGTERM");
    const code = await new Promise((resolve) => first.child.once("exit", resolve));
    expect(code).toBe(0);

    const second = await startCli(dataDir);
    const { messages } = await call<{ messages: Message[] }>(second.url, "GET", `/api/chats/${chat.id}`);
    const answer = messages.at(-1);
    expect(answer?.id).toBe(slow.assistantMessageId);
    expect(answer?.status).toBe("error");
    expect(textOf(answer).length).toBeGreaterThan(0);
    expect(answer?.content.blocks.at(-1)).toMatchObject({ type: "error", code: "run-interrupted" });
    expect(await call<{ status: string }>(second.url, "GET", `/api/runs/${slow.runId}`)).toMatchObject({
      status: "interrupted",
    });
  } finally {
    await mock.close();
  }
});
