import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";

/** Shell convention: a process ended by a signal reports 128 + the signal number. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const signalNumber = signal === null ? undefined : constants.signals[signal];
  return 128 + (signalNumber ?? 0);
}

/** Resolves with the exit code once the child has exited (immediately if it already has). */
export function waitForExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(exitCodeOf(child.exitCode, child.signalCode));
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

/**
 * SIGTERM first so the server can close SQLite cleanly; SIGKILL if it has not exited within
 * `graceMs`, so a hung server never hangs the test run.
 */
export async function terminate(child: ChildProcess, graceMs = 5000): Promise<number> {
  const exited = waitForExit(child);
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const forced = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  const first = await Promise.race([exited, forced.then(() => undefined)]);
  clearTimeout(timer);
  if (first !== undefined) return first;
  child.kill("SIGKILL");
  return exited;
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Children that outlive a crashed test or benchmark keep ports and temp folders busy; killing
 * them synchronously on exit is the last resort (an async stop cannot run in an `exit` handler).
 */
export function killOnParentExit(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const survivor of liveChildren) survivor.kill("SIGKILL");
  });
}
