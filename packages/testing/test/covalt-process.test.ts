import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { type CovaltProcess, startCovaltProcess } from "../src/index.js";

describe("startCovaltProcess", () => {
  let server: CovaltProcess | undefined;

  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("starts the built server, answers health, and stops with exit code 0", async () => {
    server = await startCovaltProcess();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.launchUrl).toBe(`${server.url}/?token=${encodeURIComponent(server.token)}`);
    expect(server.token.length).toBeGreaterThanOrEqual(16);

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, version: "0.1.0" });

    const session = await fetch(`${server.url}/api/session`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ version: "0.1.0", dataDir: server.dataDir });

    const dataDir = server.dataDir;
    const running = server;
    server = undefined;
    expect(await running.stop()).toBe(0);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("passes env through, e.g. a fixed token", async () => {
    const token = "fixed-token-for-tests-0123456789";
    server = await startCovaltProcess({ env: { COVALT_AUTH_TOKEN: token } });
    expect(server.token).toBe(token);
  });

  it("reports the server output when it cannot start", async () => {
    await expect(startCovaltProcess({ args: ["--no-such-flag"] })).rejects.toThrow(
      /exited with code 2[\s\S]*--- output ---[\s\S]*no-such-flag/,
    );
  });
});
