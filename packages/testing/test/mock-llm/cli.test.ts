import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { spawnUntilReady, terminate } from "../../src/index.js";

const cliPath = fileURLToPath(new URL("../../src/mock-llm/cli.ts", import.meta.url));

describe("mock-llm CLI", () => {
  it("prints its URL, serves, and exits cleanly on SIGTERM", async () => {
    const started = await spawnUntilReady({
      command: process.execPath,
      args: ["--import", "tsx", cliPath, "--port", "0", "--api-key", "cli-key"],
      readyPattern: /mock LLM listening on (http:\/\/127\.0\.0\.1:\d+)/,
      timeoutMs: 20_000,
      name: "mock LLM",
    });
    try {
      const url = started.ready[1] ?? "";
      const response = await fetch(`${url}/v1/models`, { headers: { authorization: "Bearer cli-key" } });
      expect(response.status).toBe(200);
    } finally {
      expect(await terminate(started.child)).toBe(0);
    }
  }, 30_000);
});
