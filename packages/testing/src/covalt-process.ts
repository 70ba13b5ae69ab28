import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { terminate } from "./child-exit.js";
import { spawnUntilReady } from "./ready-process.js";
import { serverCliPath } from "./repo-root.js";
import { createTempDataDir } from "./temp-data-dir.js";

export interface StartCovaltOptions {
  /** Defaults to a fresh temp folder that `stop()` removes. A given folder is left in place. */
  dataDir?: string;
  /** Merged over the parent's environment. */
  env?: NodeJS.ProcessEnv;
  /** Extra CLI arguments after `--port 0 --data-dir …`. */
  args?: string[];
  startTimeoutMs?: number;
}

export interface CovaltProcess {
  /** Base URL without the token, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Opening this signs a browser in (sets the token cookie, then redirects to `/`). */
  launchUrl: string;
  token: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far, for failure messages. */
  output: () => string;
  /** SIGTERM, then SIGKILL after 5 s; resolves with the exit code (128 + signal if killed). */
  stop: () => Promise<number>;
}

/** The line the CLI prints once it listens; the capture is the launch URL with the token. */
export const covaltReadyPattern = /is running at (http:\/\/\S+)/;

/** Runs the built server as a real child process, the way a user runs `covalt`. */
export async function startCovaltProcess(options: StartCovaltOptions = {}): Promise<CovaltProcess> {
  const cliPath = serverCliPath();
  if (!existsSync(cliPath)) {
    throw new Error(`The Covalt server is not built: ${cliPath} does not exist. Run npm run build first.`);
  }
  const tempDir = options.dataDir === undefined ? createTempDataDir() : undefined;
  const dataDir = options.dataDir ?? tempDir?.path ?? "";

  let started;
  try {
    started = await spawnUntilReady({
      command: process.execPath,
      args: [cliPath, "--port", "0", "--data-dir", dataDir, ...(options.args ?? [])],
      env: options.env,
      readyPattern: covaltReadyPattern,
      timeoutMs: options.startTimeoutMs ?? 15_000,
      name: "Covalt",
    });
  } catch (error) {
    tempDir?.cleanup();
    throw error;
  }

  const { child, ready, output } = started;
  const launchUrl = ready[1] ?? "";
  const parsed = new URL(launchUrl);
  return {
    url: parsed.origin,
    launchUrl,
    token: parsed.searchParams.get("token") ?? "",
    port: Number(parsed.port),
    dataDir,
    process: child,
    output,
    stop: async () => {
      const code = await terminate(child);
      tempDir?.cleanup();
      return code;
    },
  };
}
