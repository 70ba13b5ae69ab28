import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { McpHost } from "../../src/mcp/mcp-host.js";
import { addEverything, everythingBin, isAlive, newHost, waitFor } from "./mcp-support.js";

describe("McpHost security defaults", () => {
  let host: McpHost | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await host?.close();
    host = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("never starts a stdio server before consent, and re-asks when its command changes", async () => {
    const made = newHost();
    host = made.host;
    const dir = mkdtempSync(join(tmpdir(), "covalt-mcp-consent-"));
    dirs.push(dir);
    const marker = join(dir, "started");
    const server = host.create({
      name: "Marker",
      transport: {
        type: "stdio",
        command: process.execPath,
        args: ["-e", `require("fs").writeFileSync(${JSON.stringify(marker)}, "x")`],
      },
    });
    expect(server).toMatchObject({ status: "needs-consent", consented: false });
    expect(server.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    await expect(host.listTools(server.id)).rejects.toMatchObject({ code: "mcp-connection-failed" });
    expect(host.list().find((source) => source.id === server.id)?.tools).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(marker)).toBe(false);
    expect(() => host?.consent(server.id, "0".repeat(64))).toThrow(expect.objectContaining({ code: "conflict" }));

    // A consented server runs; changing its arguments stops it and needs consent again.
    const everything = addEverything(host);
    expect(everything.consented).toBe(true);
    await host.listTools(everything.id);
    const pid = host.status(everything.id).pid ?? 0;
    expect(isAlive(pid)).toBe(true);
    const changed = await host.update(everything.id, {
      transport: { type: "stdio", command: process.execPath, args: [everythingBin, "stdio", "--extra"] },
    });
    expect(changed).toMatchObject({ status: "needs-consent", consented: false });
    expect(changed.fingerprint).not.toBe(everything.fingerprint);
    await waitFor(() => !isAlive(pid), 5_000, "the old process to end");
    await expect(host.callTool(everything.id, "echo", { message: "x" })).rejects.toMatchObject({
      code: "mcp-connection-failed",
      message: expect.stringMatching(/has not been allowed to start/) as string,
    });
    expect(made.events).toContainEqual(
      expect.objectContaining({ type: "mcp-status", serverId: everything.id, status: "needs-consent" }),
    );

    host.consent(everything.id, changed.fingerprint);
    expect(await host.callTool(everything.id, "echo", { message: "again" })).toBe("Echo: again");
  });

  it("keeps secret env values out of every view but passes them to the server", async () => {
    host = newHost().host;
    const server = host.create({
      name: "Env",
      transport: {
        type: "stdio",
        command: process.execPath,
        args: [everythingBin, "stdio"],
        env: { PLAIN_VALUE: "visible" },
        secretEnv: { SECRET_TOKEN: "s3cret-value" },
      },
    });
    expect(JSON.stringify(host.servers())).not.toContain("s3cret-value");
    expect(server.transport).toMatchObject({ env: { PLAIN_VALUE: "visible" }, secretEnvKeys: ["SECRET_TOKEN"] });
    host.consent(server.id, server.fingerprint);
    const env = await host.callTool(server.id, "get-env", {});
    expect(JSON.stringify(env)).toContain("s3cret-value");

    // Keeping the secret (null) keeps the fingerprint; a new value needs consent again.
    const kept = await host.update(server.id, {
      transport: {
        type: "stdio",
        command: process.execPath,
        args: [everythingBin, "stdio"],
        env: { PLAIN_VALUE: "visible" },
        secretEnv: { SECRET_TOKEN: null },
      },
    });
    expect(kept).toMatchObject({ fingerprint: server.fingerprint, consented: true });
    const rotated = await host.update(server.id, {
      transport: {
        type: "stdio",
        command: process.execPath,
        args: [everythingBin, "stdio"],
        env: { PLAIN_VALUE: "visible" },
        secretEnv: { SECRET_TOKEN: "other" },
      },
    });
    expect(rotated.consented).toBe(false);
  });

  it("adds imported servers disabled", async () => {
    host = newHost().host;
    const server = host.create({
      name: "Imported",
      origin: "import",
      enabled: true,
      transport: { type: "stdio", command: process.execPath, args: [everythingBin] },
    });
    expect(server).toMatchObject({ enabled: false, status: "disabled", origin: "import" });
    host.consent(server.id, server.fingerprint);
    expect(host.list().some((source) => source.id === server.id)).toBe(false);
    await expect(host.listTools(server.id)).rejects.toMatchObject({ code: "mcp-connection-failed" });
    await host.update(server.id, { enabled: true });
    expect((await host.listTools(server.id)).length).toBeGreaterThan(0);
  });

  it("flags a tool whose description changed and refuses to run it until acknowledged", async () => {
    const first = newHost();
    host = first.host;
    const server = addEverything(host);
    await host.listTools(server.id);
    await host.close();

    // What the user approved differs from what the server now describes (as after a rug pull).
    first.store.approveTool(server.id, "echo", "0".repeat(64));
    const second = newHost({ store: first.store });
    host = second.host;
    expect(host.tools(server.id).find((tool) => tool.name === "echo")?.changed).toBe(true);
    const offered = host.list().find((source) => source.id === server.id)?.tools ?? [];
    expect(offered.some((tool) => tool.name === "echo")).toBe(false);
    expect(offered.some((tool) => tool.name === "get-sum")).toBe(true);
    expect(host.status(server.id).changedTools).toEqual(["echo"]);

    await expect(host.callTool(server.id, "echo", { message: "x" })).rejects.toMatchObject({
      code: "tool-failed",
      message: "The description of echo changed since you approved it: review it in Settings → MCP servers.",
    });
    expect(second.events).toContainEqual(expect.objectContaining({ serverId: server.id, changedToolCount: 1 }));

    host.acknowledgeToolChange(server.id, "echo");
    expect(host.tools(server.id).find((tool) => tool.name === "echo")?.changed).toBe(false);
    expect(await host.callTool(server.id, "echo", { message: "ok" })).toBe("Echo: ok");
  });
});
