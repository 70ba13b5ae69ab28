import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { CovaltError } from "@covalt/core";
import type { Logger } from "../../logging/logger.js";
import type { CallMessage, ChildMessage, ParentMessage, ProgressUpdate, WorkerOptions } from "../protocol.js";
import { OutputTail } from "./output-tail.js";
import { permissionFlags } from "./permission-flags.js";

export interface ToolsetProcessOptions {
  workerPath: string;
  workerOptions: WorkerOptions;
  /** Folders the process may read (its code and the workspace). */
  readDirs: readonly string[];
  /** The workspace: the only folder it may write. */
  workspaceDir: string;
  logger: Logger;
  /** How long a cancelled or overdue call may take to wind down before the process is killed. */
  stopGraceMs: number;
  onExit: () => void;
  onIdle: () => void;
}

export interface CallOptions {
  signal: AbortSignal;
  timeoutMs: number;
  onProgress?: (update: ProgressUpdate) => void;
}

interface PendingCall {
  tool: string;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (update: ProgressUpdate) => void;
}

/**
 * One toolset process for one workspace. Calls are multiplexed by id. A call that is cancelled or
 * times out is answered at once; the process is told to abort it and is killed if it has not
 * stopped within the grace period, since a stuck tool cannot be interrupted any other way. Every
 * call still pending on a killed or crashed process fails; the pool starts a fresh one next time.
 */
export class ToolsetProcess {
  readonly startedAt = Date.now();
  readyAt: number | undefined;
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, PendingCall>();
  private readonly abandoned = new Set<number>();
  private readonly stderr = new OutputTail();
  private readonly stdout = new OutputTail();
  private nextId = 1;
  private killTimer: NodeJS.Timeout | undefined;
  private stoppedBecause: string | undefined;
  private exited = false;
  private markExited: () => void = () => undefined;
  /** Settles once the process is gone, however it ended. */
  readonly whenExited = new Promise<void>((resolve) => (this.markExited = resolve));

  constructor(private readonly options: ToolsetProcessOptions) {
    const flags = permissionFlags({ read: options.readDirs, write: [options.workspaceDir] });
    this.child = spawn(
      process.execPath,
      ["--no-warnings", ...flags, options.workerPath, JSON.stringify(options.workerOptions)],
      { stdio: ["pipe", "pipe", "pipe", "pipe"], cwd: options.workspaceDir, env: childEnvironment() },
    );
    this.child.stdout?.setEncoding("utf8").on("data", (chunk: string) => this.log("stdout", this.stdout.push(chunk)));
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => this.log("stderr", this.stderr.push(chunk)));
    this.child.stdin?.on("error", () => undefined); // a dead child's pipe; the exit handler reports it
    createInterface({ input: this.child.stdio[3] as Readable }).on("line", (line) => this.receive(line));
    this.child.on("error", (error) => this.finish(`could not start (${error.message})`));
    this.child.on("exit", (code, signal) =>
      this.finish(code === null ? `signal ${signal ?? "unknown"}` : `code ${code}`),
    );
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  call(message: Omit<CallMessage, "type" | "id">, options: CallOptions): Promise<unknown> {
    if (this.exited)
      return Promise.reject(
        new CovaltError("tool-failed", "The toolset process has already stopped.", { retryable: true }),
      );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        const seconds = Math.round(options.timeoutMs / 100) / 10;
        this.abandon(
          id,
          new CovaltError(
            "tool-timeout",
            `The tool "${message.tool}" did not finish within ${seconds} s and was stopped.`,
            { retryable: true },
          ),
        );
      }, options.timeoutMs);
      const onAbort = () => this.abandon(id, abortError());
      const settle = () => {
        clearTimeout(timeout);
        options.signal.removeEventListener("abort", onAbort);
      };
      this.pending.set(id, {
        tool: message.tool,
        resolve: (output) => (settle(), resolve(output)),
        reject: (error) => (settle(), reject(error)),
        onProgress: options.onProgress,
      });
      if (options.signal.aborted) return this.abandon(id, abortError());
      options.signal.addEventListener("abort", onAbort, { once: true });
      this.send({ type: "call", id, ...message });
    });
  }

  /** Kills the process; pending calls fail with `reason`. */
  kill(reason = "was stopped"): void {
    this.stoppedBecause ??= reason;
    if (!this.exited) this.child.kill("SIGKILL");
  }

  private abandon(id: number, error: Error): void {
    const call = this.pending.get(id);
    if (call === undefined) return;
    this.pending.delete(id);
    call.reject(error);
    this.abandoned.add(id);
    this.send({ type: "cancel", id });
    this.killTimer ??= setTimeout(
      () => this.kill("was stopped because a call on it was cancelled or ran past its time limit"),
      this.options.stopGraceMs,
    );
    this.checkIdle();
  }

  private receive(line: string): void {
    let message: ChildMessage;
    try {
      message = JSON.parse(line) as ChildMessage;
    } catch {
      this.options.logger.warn({ line: line.slice(0, 200) }, "toolset process wrote a malformed protocol line");
      return;
    }
    if (message.type === "ready") {
      this.readyAt = Date.now();
      this.options.logger.debug({ startMs: this.readyAt - this.startedAt }, "toolset process ready");
      return;
    }
    if (this.abandoned.delete(message.id) && message.type !== "progress") {
      // The abandoned call wound down by itself, so the process is healthy and may live on.
      if (this.abandoned.size === 0) clearTimeout(this.killTimer);
      if (this.abandoned.size === 0) this.killTimer = undefined;
      return;
    }
    const call = this.pending.get(message.id);
    if (call === undefined) return;
    if (message.type === "progress") {
      const { type: _type, id: _id, ...update } = message;
      call.onProgress?.(update);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === "result") call.resolve(message.output);
    else call.reject(new CovaltError("tool-failed", message.message));
    this.checkIdle();
  }

  private send(message: ParentMessage): void {
    if (!this.exited) (this.child.stdin as Writable).write(`${JSON.stringify(message)}\n`);
  }

  private finish(how: string): void {
    if (this.exited) return;
    this.exited = true;
    clearTimeout(this.killTimer);
    const explanation =
      this.stoppedBecause === undefined
        ? `The toolset process exited unexpectedly (${how})${withOutput(this.stderr.last(10) || this.stdout.last(5))}`
        : `The toolset process ${this.stoppedBecause}; try again.`;
    for (const call of this.pending.values())
      call.reject(new CovaltError("tool-failed", explanation, { retryable: true }));
    this.pending.clear();
    if (this.stoppedBecause === undefined) this.options.logger.warn({ how, stderr: this.stderr.last(50) }, explanation);
    this.options.onExit();
    this.markExited();
  }

  private checkIdle(): void {
    if (this.pending.size === 0) this.options.onIdle();
  }

  private log(stream: "stdout" | "stderr", lines: string[]): void {
    for (const line of lines) this.options.logger.debug({ stream }, line);
  }
}

function withOutput(output: string): string {
  return output === "" ? "." : `: ${output}`;
}

function abortError(): Error {
  return new DOMException("The tool call was cancelled.", "AbortError");
}

/** Only what Node needs: tool code gets no API keys or tokens from the server's environment. */
function childEnvironment(): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "TZ", "SYSTEMROOT"];
  return Object.fromEntries(keep.filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]]));
}
