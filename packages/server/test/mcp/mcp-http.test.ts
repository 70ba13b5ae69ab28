import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runMcpCommand } from "../../src/mcp/mcp-command.js";
import type { McpHost } from "../../src/mcp/mcp-host.js";
import { filesystemBin, freePort, newHost, startHttpEverything } from "./mcp-support.js";

describe("McpHost over HTTP", () => {
  let streamable: Awaited<ReturnType<typeof startHttpEverything>>;
  let legacy: Awaited<ReturnType<typeof startHttpEverything>>;
  let host: McpHost | undefined;

  beforeAll(async () => {
    [streamable, legacy] = await Promise.all([startHttpEverything("streamableHttp"), startHttpEverything("sse")]);
  });
  afterAll(async () => {
    await Promise.all([streamable.stop(), legacy.stop()]);
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it("uses streamable HTTP without consent (no process starts) and calls tools with progress", async () => {
    host = newHost().host;
    const server = host.create({
      name: "Remote",
      transport: { type: "http", url: streamable.url, headers: { Authorization: "Bearer secret-header" } },
    });
    expect(server).toMatchObject({ consented: true, transport: { headerNames: ["Authorization"] } });
    expect(JSON.stringify(host.servers())).not.toContain("secret-header");
    expect((await host.listTools(server.id)).map((tool) => tool.name)).toContain("echo");
    expect(host.status(server.id)).toMatchObject({ status: "ready", connectedVia: "streamable-http" });
    expect(await host.callTool(server.id, "echo", { message: "http" })).toBe("Echo: http");
    const updates: number[] = [];
    await host.callTool(
      server.id,
      "trigger-long-running-operation",
      { duration: 0.3, steps: 3 },
      { onProgress: (update) => updates.push(update.progress) },
    );
    expect(updates.slice(0, 2)).toEqual([1, 2]);
  });

  it("falls back to the legacy HTTP+SSE transport", async () => {
    host = newHost().host;
    const server = host.create({ name: "Legacy", transport: { type: "http", url: legacy.url } });
    expect(await host.callTool(server.id, "get-sum", { a: 1, b: 2 })).toBe("The sum of 1 and 2 is 3.");
    expect(host.status(server.id).connectedVia).toBe("sse");
  });

  it("serves `covalt mcp list-tools` and `covalt mcp call` for a URL", async () => {
    let out = "";
    expect(
      await runMcpCommand(["call", streamable.url, "echo", '{"message":"cli"}'], {}, (text) => (out += text)),
    ).toBe(0);
    expect(JSON.parse(out)).toBe("Echo: cli");
    out = "";
    expect(await runMcpCommand(["list-tools", streamable.url], {}, (text) => (out += text))).toBe(0);
    expect((JSON.parse(out) as { name: string }[]).map((tool) => tool.name)).toContain("get-sum");
  });

  it("reports an unreachable server as a connection error", async () => {
    host = newHost().host;
    const port = await freePort();
    const server = host.create({ name: "Nowhere", transport: { type: "http", url: `http://127.0.0.1:${port}/mcp` } });
    await expect(host.listTools(server.id)).rejects.toMatchObject({ code: "mcp-connection-failed" });
    expect(host.status(server.id).status).toBe("error");
  });
});

describe("McpHost with server-filesystem", () => {
  let host: McpHost | undefined;
  let dir: string;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "covalt-mcp-fs-")));
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads and writes inside its folder only, with risks from annotations", async () => {
    host = newHost().host;
    const server = host.create({
      name: "Files",
      transport: { type: "stdio", command: process.execPath, args: [filesystemBin, dir] },
    });
    host.consent(server.id, server.fingerprint);
    const tools = await host.listTools(server.id);
    expect(tools.find((tool) => tool.name === "read_text_file")?.risk).toBe("read");
    expect(tools.find((tool) => tool.name === "write_file")?.risk).toBe("write");

    writeFileSync(join(dir, "hello.txt"), "hello from disk");
    // Structured content wins over the text blocks when a server sends both.
    expect(await host.callTool(server.id, "read_text_file", { path: join(dir, "hello.txt") })).toEqual({
      content: "hello from disk",
    });
    await host.callTool(server.id, "write_file", { path: join(dir, "out.txt"), content: "written" });
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("written");
    await expect(host.callTool(server.id, "read_text_file", { path: "/etc/hostname" })).rejects.toMatchObject({
      code: "tool-failed",
      message: expect.stringMatching(/denied|outside|not allowed/i) as string,
    });
  });
});
