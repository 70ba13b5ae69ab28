import { dirname } from "node:path";
import type { Logger } from "../../logging/logger.js";
import { ToolsetProcess } from "./toolset-process.js";

export interface ProcessSpec {
  toolsetId: string;
  /** Real path (no symlinks), so the permission flags and the confinement check agree. */
  workspaceDir: string;
  workerPath: string;
  toolsDir: string;
}

export interface ProcessPoolOptions {
  logger: Logger;
  idleMs: number;
  stopGraceMs: number;
  allowedPrivateTargets: readonly string[];
}

/**
 * One process per (toolset, workspace), started on the first call. Separate workspaces get separate
 * processes because each one's write permission is fixed at spawn. Idle processes are stopped so
 * a long session does not accumulate them.
 */
export class ProcessPool {
  private readonly processes = new Map<string, ToolsetProcess>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: ProcessPoolOptions) {}

  acquire(spec: ProcessSpec): ToolsetProcess {
    const key = `${spec.toolsetId}\0${spec.workspaceDir}`;
    this.clearIdle(key);
    const existing = this.processes.get(key);
    if (existing !== undefined) return existing;
    const created: ToolsetProcess = new ToolsetProcess({
      workerPath: spec.workerPath,
      workerOptions: { toolsDir: spec.toolsDir, allowedPrivateTargets: [...this.options.allowedPrivateTargets] },
      readDirs: [dirname(spec.workerPath), spec.toolsDir, spec.workspaceDir],
      workspaceDir: spec.workspaceDir,
      logger: this.options.logger.child({ toolset: spec.toolsetId }),
      stopGraceMs: this.options.stopGraceMs,
      onExit: () => {
        this.clearIdle(key);
        if (this.processes.get(key) === created) this.processes.delete(key);
      },
      onIdle: () => {
        this.clearIdle(key);
        const timer = setTimeout(() => created.kill("was stopped after being idle"), this.options.idleMs);
        timer.unref();
        this.idleTimers.set(key, timer);
      },
    });
    this.processes.set(key, created);
    return created;
  }

  /** Stops the processes of one toolset (before it is replaced or removed). */
  stopToolset(toolsetId: string): void {
    for (const [key, running] of this.processes) {
      if (key.startsWith(`${toolsetId}\0`)) running.kill("was stopped because its toolset was replaced or removed");
    }
  }

  async stopAll(): Promise<void> {
    const running = [...this.processes.values()];
    for (const process of running) process.kill("was stopped because Covalt is shutting down");
    await Promise.all(running.map((process) => process.whenExited));
  }

  get size(): number {
    return this.processes.size;
  }

  private clearIdle(key: string): void {
    clearTimeout(this.idleTimers.get(key));
    this.idleTimers.delete(key);
  }
}
