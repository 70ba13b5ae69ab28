import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { McpHost } from "../../src/mcp/mcp-host.js";
import { addEverything, filesystemBin, isAlive, newHost, waitFor } from "./mcp-support.js";

const hostProcessScript = fileURLToPath(new URL("./fixtures/host-process.ts", import.meta.url));

describe("McpHost lifecycle", () => {
  let host: McpHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it("turns a crash mid-call into a readable error, then reconnects", async () => {
    const made = newHost();
    host = made.host;
    const server = addEverything(host);
    await host.listTools(server.id);
    const pid = host.status(server.id).pid ?? 0;

    const call = host.callTool(server.id, "trigger-long-running-operation", { duration: 10, steps: 10 });
    setTimeout(() => process.kill(pid, "SIGKILL"), 300);
    await expect(call).rejects.toMatchObject({
      code: "tool-failed",
      message: expect.stringMatching(/"Everything" stopped while trigger-long-running-operation ran/) as string,
    });
    expect(made.events).toContainEqual(expect.objectContaining({ serverId: server.id, status: "error" }));

    // The backoff reconnects on its own; a call meanwhile would connect at once.
    await waitFor(() => host?.status(server.id).status === "ready", 10_000, "the reconnect");
    const newPid = host.status(server.id).pid ?? 0;
    expect(newPid).not.toBe(pid);
    expect(await host.callTool(server.id, "echo", { message: "back" })).toBe("Echo: back");
  });

  it("connects eager servers at start and refreshes tools on list_changed", async () => {
    host = newHost().host;
    const server = host.create({
      name: "Eager",
      startup: "eager",
      transport: {
        type: "stdio",
        command: process.execPath,
        args: [
          fileURLToPath(
            new URL("../../../../node_modules/@modelcontextprotocol/server-everything/dist/index.js", import.meta.url),
          ),
        ],
      },
    });
    host.consent(server.id, server.fingerprint);
    await host.start();
    await waitFor(() => host?.status(server.id).status === "ready", 10_000, "the eager start");
    // server-everything registers its elicitation/sampling tools after the handshake and says so.
    await waitFor(
      () => host?.tools(server.id).some((tool) => tool.name === "trigger-sampling-request") === true,
      5_000,
      "the refreshed tool list",
    );
  });

  it("hands elicitation and sampling to the callbacks, declining without them", async () => {
    const seen: string[] = [];
    host = newHost({
      callbacks: {
        onSampling: (serverId) => {
          seen.push(serverId);
          return Promise.resolve({
            role: "assistant",
            model: "test-model",
            content: { type: "text", text: "sampled answer" },
          });
        },
      },
    }).host;
    const server = addEverything(host);
    await host.listTools(server.id);
    await waitFor(() => host?.tools(server.id).some((tool) => tool.name === "trigger-sampling-request") === true);
    const output = await host.callTool(server.id, "trigger-sampling-request", { prompt: "hi" });
    expect(String(output)).toContain("sampled answer");
    expect(seen).toEqual([server.id]);

    const declining = newHost().host;
    try {
      const other = addEverything(declining);
      await declining.listTools(other.id);
      await waitFor(() => declining.tools(other.id).some((tool) => tool.name === "trigger-sampling-request"));
      await expect(declining.callTool(other.id, "trigger-sampling-request", { prompt: "hi" })).rejects.toMatchObject({
        code: "tool-failed",
      });
    } finally {
      await declining.close();
    }
  });

  it("lists and reads resources and prompts", async () => {
    host = newHost().host;
    const server = addEverything(host);
    const resources = await host.listResources(server.id);
    expect(resources.length).toBeGreaterThan(0);
    const first = resources[0];
    if (first === undefined) throw new Error("no resource");
    const contents = await host.readResource(server.id, first.uri);
    expect(contents[0]?.uri).toBe(first.uri);
    const prompts = await host.listPrompts(server.id);
    const simple = prompts.find((prompt) => (prompt.arguments ?? []).every((argument) => argument.required !== true));
    if (simple === undefined) throw new Error("no prompt without required arguments");
    const prompt = await host.getPrompt(server.id, simple.name);
    expect(prompt.messages.length).toBeGreaterThan(0);
  });

  it("starts a lazy server that is asked for its prompts or resources", async () => {
    host = newHost().host;
    const server = addEverything(host);
    expect(host.status(server.id).status).toBe("idle");
    expect((await host.listPrompts(server.id)).length).toBeGreaterThan(0);
    expect(host.status(server.id).status).toBe("ready");
    expect((await host.listResources(server.id)).length).toBeGreaterThan(0);
  });

  it("lists no prompts or resources for a server that offers none, without asking it", async () => {
    host = newHost().host;
    const created = host.create({
      name: "Files",
      transport: { type: "stdio", command: process.execPath, args: [filesystemBin, tmpdir()] },
    });
    const server = host.consent(created.id, created.fingerprint);
    expect(await host.listPrompts(server.id)).toEqual([]);
    expect(await host.listResources(server.id)).toEqual([]);
    expect(await host.listResourceTemplates(server.id)).toEqual([]);
  });

  it.each(["exit", "SIGTERM", "SIGKILL"] as const)(
    "leaves no server process behind when Covalt ends (%s)",
    async (ending) => {
      const child = spawn(process.execPath, ["--import", "tsx", hostProcessScript, ending], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      // Listened for at once: with `exit` the process may end before its pid has been read.
      const exited = new Promise((resolve) => child.once("exit", resolve));
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      // A fresh Node with a TypeScript loader, then the MCP server: slow on a busy CI machine.
      await waitFor(() => /pid=\d+/.test(output), 45_000, "the host process to report its server");
      const pid = Number(/pid=(\d+)/.exec(output)?.[1]);
      if (ending !== "exit") expect(isAlive(pid)).toBe(true);
      if (ending !== "exit") child.kill(ending);
      await exited;
      await waitFor(() => !isAlive(pid), 5_000, `server ${pid} to end`);
    },
    60_000,
  );
});
