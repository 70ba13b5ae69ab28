import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApprovalAuditEntry, Chat, McpServerView, Message, ToolCallBlock } from "@covalt/contracts";
import { mockDirective } from "@covalt/testing";
import { describe, expect, it } from "vitest";
import { newChat, send, textOf, transcript, useChatServer } from "./support/chat-fixture.js";
import { nextApproval } from "./support/run-events.js";
import { everythingBin } from "./mcp/mcp-support.js";

const server = useChatServer();

/** A toolset written for these tests: tools that sleep, crash, flood and echo. */
function writeTestKit(): string {
  const dir = mkdtempSync(join(tmpdir(), "covalt-test-kit-"));
  mkdirSync(join(dir, "tools"));
  writeFileSync(
    join(dir, "toolset.yaml"),
    `id: test-kit
name: Test kit
version: 1.0.0
tools:
  - name: sleep
    description: Sleeps for ms milliseconds.
    entry: tools/sleep.js
    input_schema: { type: object, properties: { ms: { type: integer } }, required: [ms] }
    risk: read
    timeout_ms: 2000
  - name: crash
    description: Exits its process mid-call.
    entry: tools/crash.js
    input_schema: { type: object }
    risk: read
  - name: flood
    description: Returns a very long text.
    entry: tools/flood.js
    input_schema: { type: object, properties: { chars: { type: integer } } }
    risk: read
  - name: echo
    description: Returns its text.
    entry: tools/echo.js
    input_schema: { type: object, properties: { text: { type: string } }, required: [text], additionalProperties: false }
    risk: read
`,
  );
  const tool = (name: string, body: string) =>
    writeFileSync(join(dir, "tools", `${name}.js`), `export default { async execute(args) { ${body} } };\n`);
  tool("sleep", "await new Promise((resolve) => setTimeout(resolve, args.ms)); return { slept: args.ms };");
  tool("crash", "setTimeout(() => process.exit(3), 10); await new Promise(() => {});");
  tool("flood", 'return "x".repeat(args.chars ?? 100000);');
  tool("echo", "return { echoed: args.text };");
  return dir;
}

async function chatWithTools(tools: string[]): Promise<Chat> {
  const chat = await newChat(server.covalt);
  const updated = await server.covalt.api<Chat>("PATCH", `/api/chats/${chat.id}`, { tools });
  expect(updated.status).toBe(200);
  return updated.body;
}

function toolBlocks(message: Message | undefined): ToolCallBlock[] {
  return (message?.content.blocks ?? []).filter((block): block is ToolCallBlock => block.type === "tool-call");
}

async function runToEnd(chatId: string, content: string): Promise<Message | undefined> {
  const { runId } = await send(server.covalt, chatId, server.providerId, content);
  await server.covalt.events(runId);
  return (await transcript(server.covalt, chatId)).at(-1);
}

async function installTestKit(): Promise<void> {
  const installed = await server.covalt.api("POST", "/api/toolsets", { path: writeTestKit() });
  expect(installed.status).toBe(200);
}

describe("tool calls in a run", () => {
  it("asks before writing, runs with the arguments the user edited, and feeds the result back", async () => {
    const chat = await chatWithTools(["toolset:files"]);
    const { runId } = await send(
      server.covalt,
      chat.id,
      server.providerId,
      `Write it ${mockDirective({ tools: [{ name: "files_write_file", args: { path: "notes/a.txt", content: "from model" } }] })}`,
    );
    const request = await nextApproval(server.covalt, runId);
    expect(request.risk).toBe("write");
    expect(request.preview).toMatchObject({ renderer: "diff", config: { before: "", after: "from model" } });

    const answered = await server.covalt.api("POST", `/api/runs/${runId}/approvals/${request.approvalId}`, {
      decision: "allow-once",
      input: { path: "notes/a.txt", content: "from user" },
    });
    expect(answered.status).toBe(200);
    await server.covalt.events(runId);

    const written = readFileSync(join(server.covalt.dataDir, "workspaces", chat.id, "notes", "a.txt"), "utf8");
    expect(written).toBe("from user");
    const answer = (await transcript(server.covalt, chat.id)).at(-1);
    const [call] = toolBlocks(answer);
    expect(call).toMatchObject({
      state: "complete",
      toolId: "toolset:files/write_file",
      input: { content: "from user" },
    });
    expect(call?.renderPlan?.renderer).toBe("code");
    expect(textOf(answer)).toContain("Tool files_write_file returned:");
    // The model's second request carried the tool result.
    expect(JSON.stringify(server.mock.requests.at(-1)?.body)).toContain("notes/a.txt");
  });

  it("tells the chat list that a chat waits for an approval, and that it is idle once answered", async () => {
    const chat = await chatWithTools(["toolset:files"]);
    const { runId } = await send(
      server.covalt,
      chat.id,
      server.providerId,
      mockDirective({ tools: [{ name: "files_write_file", args: { path: "w.txt", content: "x" } }] }),
    );
    const request = await nextApproval(server.covalt, runId);
    const activity = async () =>
      (await server.covalt.api<{ chats: { chatId: string; activity: string }[] }>("GET", "/api/chat-activity")).body
        .chats;
    expect(await activity()).toContainEqual({ chatId: chat.id, activity: "waiting" });
    await server.covalt.api("POST", `/api/runs/${runId}/approvals/${request.approvalId}`, { decision: "deny" });
    await server.covalt.events(runId);
    expect((await activity()).find((entry) => entry.chatId === chat.id)).toBeUndefined();
  });

  it("refuses edited arguments that do not fit the schema, and waits on", async () => {
    const chat = await chatWithTools(["toolset:files"]);
    const { runId } = await send(
      server.covalt,
      chat.id,
      server.providerId,
      mockDirective({ tools: [{ name: "files_write_file", args: { path: "b.txt", content: "x" } }] }),
    );
    const request = await nextApproval(server.covalt, runId);
    const url = `/api/runs/${runId}/approvals/${request.approvalId}`;
    const bad = await server.covalt.api<{ error: { code: string; message: string } }>("POST", url, {
      decision: "allow-once",
      input: { path: "b.txt" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("content");
    expect((await server.covalt.api("POST", url, { decision: "deny" })).status).toBe(200);
    expect((await server.covalt.api("POST", url, { decision: "deny" })).status).toBe(404);
    await server.covalt.events(runId);
    const [call] = toolBlocks((await transcript(server.covalt, chat.id)).at(-1));
    expect(call?.state).toBe("denied");
  });

  it("remembers 'allow for this chat' and records every decision in the audit log", async () => {
    const chat = await chatWithTools(["toolset:files"]);
    const write = (path: string) =>
      mockDirective({ tools: [{ name: "files_write_file", args: { path, content: path } }] });
    const first = await send(server.covalt, chat.id, server.providerId, write("one.txt"));
    const request = await nextApproval(server.covalt, first.runId);
    await server.covalt.api("POST", `/api/runs/${first.runId}/approvals/${request.approvalId}`, {
      decision: "allow-chat",
    });
    await server.covalt.events(first.runId);

    const second = await runToEnd(chat.id, write("two.txt"));
    expect(toolBlocks(second)[0]).toMatchObject({ state: "complete" });
    expect(toolBlocks(second)[0]?.approval).toBeUndefined();

    const other = await chatWithTools(["toolset:files"]);
    const elsewhere = await send(server.covalt, other.id, server.providerId, write("three.txt"));
    const asked = await nextApproval(server.covalt, elsewhere.runId);
    expect(asked.toolCallId).toBeDefined();
    await server.covalt.api("POST", `/api/runs/${elsewhere.runId}/cancel`);
    await server.covalt.events(elsewhere.runId);

    const audit = await server.covalt.api<{ entries: ApprovalAuditEntry[] }>("GET", "/api/approval-audit?limit=10");
    const outcomes = audit.body.entries.filter((entry) => [chat.id, other.id].includes(entry.chatId));
    expect(outcomes.map((entry) => [entry.outcome, entry.decidedBy])).toEqual([
      ["cancelled", "user"],
      ["auto-allowed", "chat-allowance"],
      ["allow-chat", "user"],
    ]);
  });

  it("cancelling during an approval denies the call and ends the run cancelled", async () => {
    const chat = await chatWithTools(["toolset:files"]);
    const { runId } = await send(
      server.covalt,
      chat.id,
      server.providerId,
      mockDirective({ tools: [{ name: "files_write_file", args: { path: "c.txt", content: "x" } }] }),
    );
    await nextApproval(server.covalt, runId);
    await server.covalt.api("POST", `/api/runs/${runId}/cancel`);
    const events = await server.covalt.events(runId);
    expect(events.at(-1)?.event).toEqual({ type: "run-end", reason: "cancelled" });
    const answer = (await transcript(server.covalt, chat.id)).at(-1);
    expect(answer?.status).toBe("cancelled");
    expect(toolBlocks(answer)[0]?.state).toBe("denied");
  });

  it("returns invalid arguments to the model, which then sees why", async () => {
    await installTestKit();
    const chat = await chatWithTools(["toolset:test-kit"]);
    const answer = await runToEnd(
      chat.id,
      mockDirective({ tools: [{ name: "test-kit_echo", args: { txt: "typo" } }] }),
    );
    const [call] = toolBlocks(answer);
    expect(call?.state).toBe("error");
    expect(String(call?.result?.output)).toContain("missing required argument `text`");
    expect(textOf(answer)).toContain("missing required argument");
  });

  it("runs parallel calls of one step and answers each", async () => {
    const chat = await chatWithTools(["toolset:test-kit"]);
    const started = Date.now();
    const answer = await runToEnd(
      chat.id,
      mockDirective({
        tools: [
          { name: "test-kit_sleep", args: { ms: 250 } },
          { name: "test-kit_sleep", args: { ms: 250 } },
          { name: "test-kit_echo", args: { text: "hi" } },
        ],
      }),
    );
    const calls = toolBlocks(answer);
    expect(calls.map((call) => call.state)).toEqual(["complete", "complete", "complete"]);
    expect(new Set(calls.map((call) => call.id)).size).toBe(3);
    // Two 250 ms sleeps in one process: concurrent calls, not one after the other plus overhead.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(textOf(answer)).toContain('"echoed": "hi"');
  });

  it("stops a call that outlives its timeout and truncates a flood, with a marker", async () => {
    const chat = await chatWithTools(["toolset:test-kit"]);
    const slow = await runToEnd(chat.id, mockDirective({ tools: [{ name: "test-kit_sleep", args: { ms: 5000 } }] }));
    const [timedOut] = toolBlocks(slow);
    expect(timedOut?.state).toBe("error");
    expect(String(timedOut?.result?.output)).toMatch(/did not finish|timed out|time/i);

    const flood = await runToEnd(
      chat.id,
      mockDirective({ tools: [{ name: "test-kit_flood", args: { chars: 100000 } }] }),
    );
    const [flooded] = toolBlocks(flood);
    expect(flooded?.result?.truncated).toBe(true);
    expect(textOf(flood)).toContain("more characters truncated");
  });

  it("reports a crashing toolset process readably and recovers on the next call", async () => {
    const chat = await chatWithTools(["toolset:test-kit"]);
    const crashed = await runToEnd(chat.id, mockDirective({ tools: [{ name: "test-kit_crash", args: {} }] }));
    const [call] = toolBlocks(crashed);
    expect(call?.state).toBe("error");
    expect(String(call?.result?.output)).toContain("exited unexpectedly");
    const next = await runToEnd(chat.id, mockDirective({ tools: [{ name: "test-kit_echo", args: { text: "back" } }] }));
    expect(toolBlocks(next)[0]?.state).toBe("complete");
  });

  it("offers only the chat's tools and the message's mentions", async () => {
    const chat = await chatWithTools([]);
    const before = server.mock.requests.length;
    const { runId } = await server.covalt
      .api<{ runId: string }>("POST", `/api/chats/${chat.id}/messages`, {
        content: "hello",
        model: { providerId: server.providerId, modelId: "gpt-test" },
        tools: ["toolset:test-kit/echo"],
      })
      .then((response) => response.body);
    await server.covalt.events(runId);
    const sent = JSON.stringify(server.mock.requests.slice(before).map((request) => request.body));
    expect(sent).toContain("test-kit_echo");
    expect(sent).not.toContain("test-kit_sleep");
    expect(sent).not.toContain("files_write_file");

    const bad = await server.covalt.api("PATCH", `/api/chats/${chat.id}`, { tools: ["files"] });
    expect(bad.status).toBe(400);
  });

  it("starts a lazy MCP server the chat selects before the run offers its tools", async () => {
    const created = await server.covalt.api<McpServerView>("POST", "/api/mcp/servers", {
      name: "Everything",
      transport: { type: "stdio", command: process.execPath, args: [everythingBin, "stdio"] },
      trusted: true,
    });
    const { id, fingerprint } = created.body;
    await server.covalt.api("POST", `/api/mcp/servers/${id}/consent`, { fingerprint });
    // Lazy and never listed: the run itself has to start it, then the model may call its tool.
    const chat = await chatWithTools([`mcp:${id}`]);
    const answer = await runToEnd(
      chat.id,
      mockDirective({ tools: [{ name: `${id}_echo`, args: { message: "first use" } }] }),
    );
    const [call] = toolBlocks(answer);
    expect(call?.state).toBe("complete");
    expect(textOf(answer)).toContain("Echo: first use");
    await server.covalt.api("DELETE", `/api/mcp/servers/${id}`);
  });
});
