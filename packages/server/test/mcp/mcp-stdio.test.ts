import { afterEach, describe, expect, it } from "vitest";
import type { ProgressUpdate } from "@covalt/core";
import type { McpHost } from "../../src/mcp/mcp-host.js";
import { addEverything, isAlive, newHost } from "./mcp-support.js";

describe("McpHost over stdio (server-everything)", () => {
  let host: McpHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it("lists tools as descriptors and calls echo and get-sum", async () => {
    const made = newHost();
    host = made.host;
    const server = addEverything(host);
    const tools = await host.listTools(server.id);
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(["echo", "get-sum"]));

    const source = host.list().find((entry) => entry.id === server.id);
    const echo = source?.tools.find((tool) => tool.name === "echo");
    expect(echo).toMatchObject({
      id: `mcp:${server.id}/echo`,
      risk: "read",
      defaultApproval: "ask",
      source: { kind: "mcp", id: server.id, name: "Everything" },
    });
    expect(echo?.inputSchema).toMatchObject({ type: "object", properties: { message: { type: "string" } } });

    expect(await host.callTool(server.id, "echo", { message: "hi" })).toBe("Echo: hi");
    expect(await host.callTool(server.id, "get-sum", { a: 2, b: 3 })).toBe("The sum of 2 and 3 is 5.");
    expect(made.events).toContainEqual(
      expect.objectContaining({ type: "mcp-status", serverId: server.id, status: "ready", toolCount: tools.length }),
    );
  });

  it("shows the server's MCP log messages with its stderr", async () => {
    host = newHost().host;
    const server = addEverything(host);
    await host.callTool(server.id, "toggle-simulated-logging", {});
    await expect
      .poll(() => host?.server(server.id)?.stderr.some((line) => /^\[\w+\] .*-level message/.test(line)), {
        timeout: 12_000,
      })
      .toBe(true);
    await host.callTool(server.id, "toggle-simulated-logging", {});
  });

  it("defaults tools of a trusted server to auto", async () => {
    host = newHost().host;
    const server = addEverything(host, { trusted: true });
    await host.listTools(server.id);
    const tools = host.list().find((entry) => entry.id === server.id)?.tools ?? [];
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((tool) => tool.defaultApproval === "auto")).toBe(true);
  });

  it("executes through the registry entry point, forwarding progress", async () => {
    host = newHost().host;
    const server = addEverything(host);
    await host.listTools(server.id);
    const tool = host
      .list()
      .flatMap((source) => source.tools)
      .find((entry) => entry.name === "trigger-long-running-operation");
    if (tool === undefined) throw new Error("no long-running tool");
    const updates: ProgressUpdate[] = [];
    const output = await host.execute(
      tool,
      { duration: 0.4, steps: 4 },
      { signal: new AbortController().signal, onProgress: (update) => updates.push(update) },
    );
    expect(output).toMatch(/completed/);
    // The last notification may race the result; the ones before it always arrive, in order.
    expect(updates.slice(0, 3)).toEqual([1, 2, 3].map((progress) => ({ progress, total: 4 })));
  });

  it("cancels a call through its signal and stays usable", async () => {
    host = newHost().host;
    const server = addEverything(host);
    const controller = new AbortController();
    const started = Date.now();
    const call = host.callTool(
      server.id,
      "trigger-long-running-operation",
      { duration: 10, steps: 10 },
      {
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(), 300);
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await host.callTool(server.id, "echo", { message: "after" })).toBe("Echo: after");
  });

  it("times out a slow call with tool-timeout", async () => {
    host = newHost().host;
    const server = addEverything(host);
    await expect(
      host.callTool(server.id, "trigger-long-running-operation", { duration: 5, steps: 5 }, { timeoutMs: 300 }),
    ).rejects.toMatchObject({ code: "tool-timeout" });
  });

  it("maps images and structured content", async () => {
    host = newHost().host;
    const server = addEverything(host);
    const image = (await host.callTool(server.id, "get-tiny-image", {})) as { type: string }[];
    expect(image).toContainEqual({ type: "image", mimeType: "image/png", data: expect.any(String) as string });
    const structured = await host.callTool(server.id, "get-structured-content", { location: "New York" });
    expect(structured).toMatchObject({ temperature: expect.any(Number) as number });
  });

  it("reports unknown tools and server-side errors readably", async () => {
    host = newHost().host;
    const server = addEverything(host);
    await expect(host.callTool(server.id, "nope", {})).rejects.toMatchObject({ code: "tool-not-found" });
    await expect(host.callTool(server.id, "get-sum", { a: "x" })).rejects.toMatchObject({ code: "tool-failed" });
  });

  it("ends the server process on close", async () => {
    host = newHost().host;
    const server = addEverything(host);
    await host.listTools(server.id);
    const pid = host.status(server.id).pid;
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid ?? 0)).toBe(true);
    await host.close();
    expect(isAlive(pid ?? 0)).toBe(false);
    await expect(host.callTool(server.id, "echo", { message: "x" })).rejects.toMatchObject({ code: "unavailable" });
  });
});
