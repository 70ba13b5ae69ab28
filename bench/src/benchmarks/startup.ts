import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createTempDataDir, serverCliPath, spawnUntilReady, terminate } from "@covalt/testing";
import type { Benchmark } from "../benchmark.js";
import { expectHttpOk, waitForHttpOk } from "../http-probe.js";
import { residentSetMegabytes } from "../process-memory.js";
import { bareNodeTarget, covaltTarget, type StartupTarget } from "./startup-targets.js";

interface StartupSample {
  coldStartMs: number;
  idleRssMb: number;
}

const healthPollIntervalMs = 5;
const idleWaitMs = 1000;

/** One launch with a fresh data dir: spawn → first 200 from health → a little traffic → idle RSS. */
async function measureOnce(target: StartupTarget): Promise<StartupSample> {
  const dataDir = createTempDataDir("covalt-bench-");
  const started = performance.now();
  let server;
  try {
    server = await spawnUntilReady({
      command: process.execPath,
      args: target.args(dataDir.path),
      readyPattern: target.readyPattern,
      timeoutMs: 15_000,
      name: target.name,
    });
    const url = new URL(server.ready[1] ?? "");
    await waitForHttpOk(`${url.origin}/api/health`, healthPollIntervalMs, 10_000);
    const coldStartMs = performance.now() - started;

    const headers = { authorization: `Bearer ${url.searchParams.get("token") ?? ""}` };
    for (let round = 0; round < 3; round += 1) {
      await expectHttpOk(`${url.origin}/api/health`);
      await expectHttpOk(`${url.origin}/api/session`, headers);
    }
    await sleep(idleWaitMs);
    const idleRssMb = residentSetMegabytes(server.child.pid ?? 0);

    const exitCode = await terminate(server.child);
    if (exitCode !== 0) {
      throw new Error(`${target.name} exited with code ${exitCode} on SIGTERM.\n${server.output()}`);
    }
    return { coldStartMs, idleRssMb };
  } finally {
    // Idempotent: a no-op after the clean stop above, a kill on any failure path.
    if (server !== undefined) await terminate(server.child);
    dataDir.cleanup();
  }
}

export const startupBenchmark: Benchmark = {
  name: "startup",
  description: "server cold start (spawn to first 200 from /api/health, fresh data dir) and idle RSS",
  async run({ quick, report }) {
    if (!existsSync(serverCliPath())) {
      throw new Error(`${serverCliPath()} does not exist: run npm run build first.`);
    }
    const runs = quick ? 3 : 7;
    const covalt: StartupSample[] = [];
    const bare: StartupSample[] = [];
    // Interleaved, so drift in machine load affects both sides alike.
    for (let run = 0; run < runs; run += 1) {
      covalt.push(await measureOnce(covaltTarget));
      bare.push(await measureOnce(bareNodeTarget));
    }
    const baselineName = "bare node:http server on port 0";
    report({
      metric: "cold-start",
      unit: "ms",
      samples: covalt.map((sample) => sample.coldStartMs),
      budget: { op: "<=", value: 1000 },
      baseline: { samples: bare.map((sample) => sample.coldStartMs), description: baselineName },
    });
    report({
      metric: "idle-rss",
      unit: "MB",
      samples: covalt.map((sample) => sample.idleRssMb),
      budget: { op: "<=", value: 120 },
      baseline: { samples: bare.map((sample) => sample.idleRssMb), description: baselineName },
    });
  },
};
