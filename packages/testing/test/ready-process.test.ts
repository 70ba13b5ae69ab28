import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTempDataDir, exitCodeOf, spawnUntilReady, terminate } from "../src/index.js";

const node = process.execPath;

describe("spawnUntilReady", () => {
  it("resolves with the ready match and stops the child on terminate", async () => {
    const started = await spawnUntilReady({
      command: node,
      args: ["-e", "console.log('ready on 1234'); setInterval(() => {}, 1000);"],
      readyPattern: /ready on (\d+)/,
      timeoutMs: 10_000,
      name: "fixture",
    });
    expect(started.ready[1]).toBe("1234");
    // No SIGTERM handler in the child, so it dies of the signal: 128 + 15.
    expect(await terminate(started.child)).toBe(143);
  });

  it("times out with the output quoted and leaves no child behind", async () => {
    const error: unknown = await spawnUntilReady({
      command: node,
      args: ["-e", "console.log('still booting as pid=' + process.pid); setInterval(() => {}, 1000);"],
      readyPattern: /never/,
      timeoutMs: 500,
      name: "fixture",
    }).catch((caught: unknown) => caught);
    const message = error instanceof Error ? error.message : "";
    expect(message).toMatch(/fixture did not start: .*within 500 ms[\s\S]*still booting/);
    const pid = Number(/pid=(\d+)/.exec(message)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("exitCodeOf", () => {
  it("maps signals to 128 + number", () => {
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(null, "SIGKILL")).toBe(137);
  });
});

describe("createTempDataDir", () => {
  it("creates a unique folder and removes it with its contents", () => {
    const first = createTempDataDir();
    const second = createTempDataDir();
    expect(first.path).not.toBe(second.path);
    expect(first.path).toMatch(/covalt-test-/);
    writeFileSync(join(first.path, "file.txt"), "x");
    first.cleanup();
    second.cleanup();
    first.cleanup();
    expect(existsSync(first.path)).toBe(false);
  });
});
