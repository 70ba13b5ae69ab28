import { type ChildProcess, spawn } from "node:child_process";
import { killOnParentExit, terminate, waitForExit } from "./child-exit.js";

export interface SpawnUntilReadyOptions {
  command: string;
  args: readonly string[];
  /** Merged over the parent's environment. */
  env?: NodeJS.ProcessEnv;
  /** Matched against everything the child has written to stdout so far. */
  readyPattern: RegExp;
  timeoutMs: number;
  /** Used in error messages, e.g. "Covalt". */
  name: string;
}

export interface ReadyProcess {
  child: ChildProcess;
  /** The match of `readyPattern`, so callers can read e.g. the URL from a capture group. */
  ready: RegExpExecArray;
  /** Everything the child wrote to stdout and stderr so far. */
  output: () => string;
}

/**
 * Spawns a long-running child and resolves once its stdout matches `readyPattern`. If the child
 * exits first or the time runs out, it is stopped and the error quotes its output.
 */
export async function spawnUntilReady(options: SpawnUntilReadyOptions): Promise<ReadyProcess> {
  const child = spawn(options.command, options.args, {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  killOnParentExit(child);
  let captured = "";
  // Reading both pipes for the whole life of the child also keeps it from blocking on a full pipe.
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (captured += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (captured += chunk));
  const output = () => captured;
  try {
    const ready = await waitForOutput(child, options, output);
    return { child, ready, output };
  } catch (error) {
    await terminate(child);
    throw error;
  }
}

function waitForOutput(
  child: ChildProcess,
  options: SpawnUntilReadyOptions,
  output: () => string,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const failure = (reason: string) =>
      new Error(`${options.name} did not start: ${reason}.\n--- output ---\n${output() || "(none)"}\n---`);
    const check = () => {
      const match = options.readyPattern.exec(output());
      if (match !== null) finish(() => resolve(match));
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(failure(`its output did not match ${String(options.readyPattern)} within ${options.timeoutMs} ms`)),
      );
    }, options.timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off("data", check);
      settle();
    };
    // Registered after the capturing listener, so `output()` already holds the new chunk.
    child.stdout?.on("data", check);
    void waitForExit(child).then((code) => {
      finish(() => reject(failure(`the process exited with code ${code} before it was ready`)));
    });
  });
}
