import type { LiveRun } from "./live-run.js";

/** Ended runs stay here briefly so clients that ask right after the end still get the memory log. */
const keepEndedMs = 30_000;

export class RunRegistry {
  readonly #runs = new Map<string, LiveRun>();

  add(run: LiveRun): void {
    this.#runs.set(run.runId, run);
  }

  get(runId: string): LiveRun | undefined {
    return this.#runs.get(runId);
  }

  retire(run: LiveRun): void {
    setTimeout(() => this.#runs.delete(run.runId), keepEndedMs).unref();
  }

  active(): LiveRun[] {
    return [...this.#runs.values()].filter((run) => !run.ended);
  }
}
