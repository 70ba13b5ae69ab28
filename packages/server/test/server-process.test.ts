import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const cliSource = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const tsxLoader = createRequire(import.meta.url).resolve("tsx");
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGKILL");
});

/** Runs the real CLI as a child process, as `npm start` does, and waits for its launch line. */
function startCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ["--import", tsxLoader, cliSource, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const launched = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`exited with ${String(code)} before starting:\n${output}`)));
  });
  // Tests that expect an early exit never await `launched`; its rejection is not a failure there.
  launched.catch(() => undefined);
  return { child, launched, exited, output: () => output };
}

describe("the covalt server process", () => {
  it("starts on a free port, serves health, and shuts down cleanly on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "covalt-cli-"));
    const cli = startCli(["--port", "0", "--data-dir", dataDir]);
    const launchUrl = new URL(await cli.launched);
    expect(launchUrl.hostname).toBe("127.0.0.1");
    expect(Number(launchUrl.port)).toBeGreaterThan(0);
    const token = launchUrl.searchParams.get("token") ?? "";
    expect(readFileSync(join(dataDir, "auth-token"), "utf8").trim()).toBe(token);

    const health = await fetch(new URL("/api/health", launchUrl));
    expect(await health.json()).toMatchObject({ ok: true });

    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
    const log = readFileSync(join(dataDir, "logs", "covalt.log"), "utf8");
    expect(log).toContain("server stopped");
    expect(log).not.toContain(token);
  });

  it("uses COVALT_AUTH_TOKEN and COVALT_DATA_DIR when no flags are given", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "covalt-cli-"));
    const cli = startCli(["--port", "0"], { COVALT_DATA_DIR: dataDir, COVALT_AUTH_TOKEN: "env-token-abcdefghijkl" });
    const launchUrl = new URL(await cli.launched);
    expect(launchUrl.searchParams.get("token")).toBe("env-token-abcdefghijkl");
    const session = await fetch(new URL("/api/session", launchUrl), {
      headers: { authorization: "Bearer env-token-abcdefghijkl" },
    });
    expect(await session.json()).toMatchObject({ dataDir });
    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
  });

  it("says which port is taken and how to pick another", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "covalt-cli-"));
    const first = startCli(["--port", "0", "--data-dir", dataDir]);
    const port = new URL(await first.launched).port;
    const second = startCli(["--port", port, "--data-dir", mkdtempSync(join(tmpdir(), "covalt-cli-"))]);
    await expect(second.launched).rejects.toThrow(/already in use.*--port 0/s);
    expect(await second.exited).toBe(1);
  });

  it("warns when bound to a non-loopback address", async () => {
    const cli = startCli([
      "--port",
      "0",
      "--host",
      "0.0.0.0",
      "--data-dir",
      mkdtempSync(join(tmpdir(), "covalt-cli-")),
    ]);
    await cli.launched;
    expect(cli.output()).toMatch(/warning: binding to 0\.0\.0\.0/);
  });

  it("rejects a bad flag with exit code 2 and the usage text", async () => {
    const cli = startCli(["--port", "http"]);
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toContain("--port must be a whole number");
    expect(cli.output()).toContain("Usage: covalt");
  });
});
