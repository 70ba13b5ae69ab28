import { readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ToolDescriptor } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Logger } from "../logging/logger.js";
import { compileToolset, compileWorker } from "./build/compile-toolset.js";
import { installToolset, type InstallSource } from "./install/install-toolset.js";
import { manifestFileName, readManifest, type ReadManifest } from "./manifest/read-manifest.js";
import { toolDescriptorsOf } from "./manifest/tool-descriptors.js";
import type { CallMode, ProgressUpdate } from "./protocol.js";
import { ProcessPool } from "./runner/process-pool.js";

export interface LoadedToolset {
  id: string;
  name: string;
  version: string;
  description: string;
  builtin: boolean;
  /** Real path of the toolset folder. */
  dir: string;
  tools: ToolDescriptor[];
  /** When the manifest was written (ms since epoch): the install time for installed toolsets. */
  installedAt: number;
}

export interface ToolsetHostOptions {
  /** Installs live in `<dataDir>/toolsets/<id>/`, compiled code in `<dataDir>/toolsets/.build/`. */
  dataDir: string;
  builtinDirs: readonly string[];
  logger: Logger;
  /** How long an unused toolset process lives on; default 5 minutes. */
  idleMs?: number;
  /** How long a cancelled or overdue call may take to stop before its process is killed; default 1 s. */
  stopGraceMs?: number;
  /** `ip:port` targets that tools' fetch may reach although private (a local service the user allowed; tests). */
  allowedPrivateTargets?: readonly string[];
}

export interface ToolsetCall {
  toolsetId: string;
  toolName: string;
  args: unknown;
  chatId: string;
  /** The chat's workspace folder; it must exist. The tool may write only here. */
  workspaceDir: string;
  signal: AbortSignal;
  timeoutMs: number;
  onProgress?: (update: ProgressUpdate) => void;
}

export type ToolsetPreviewCall = Omit<ToolsetCall, "timeoutMs">;

const previewTimeoutMs = 10_000;

/**
 * Runs toolsets (folders with `toolset.yaml` and tool code) out of process: one sandboxed Node
 * process per (toolset, workspace), started on first use and stopped when idle. Tool code is
 * compiled with esbuild into a cache the first time it is needed.
 *
 * Failures: `tool-not-found` (unknown toolset or tool), `workspace-path-invalid` (missing
 * workspace folder), `tool-failed` (the tool threw: its message; or its process crashed),
 * `tool-timeout`, and a DOMException named `AbortError` when the call's signal is aborted.
 * `install`/`uninstall` fail with `validation-failed` (located manifest errors) or `conflict`.
 */
export class ToolsetHost {
  private readonly toolsets = new Map<string, { loaded: LoadedToolset; read: ReadManifest }>();
  private readonly builds = new Map<string, Promise<string>>();
  private worker: Promise<string> | undefined;
  private readonly pool: ProcessPool;
  private closed = false;

  private constructor(private readonly options: ToolsetHostOptions) {
    this.pool = new ProcessPool({
      logger: options.logger,
      idleMs: options.idleMs ?? 5 * 60_000,
      stopGraceMs: options.stopGraceMs ?? 1_000,
      allowedPrivateTargets: options.allowedPrivateTargets ?? [],
    });
  }

  /** Loads the built-ins (a broken one is an error) and every installed toolset (a broken one is logged and skipped). */
  static async open(options: ToolsetHostOptions): Promise<ToolsetHost> {
    const host = new ToolsetHost(options);
    for (const dir of options.builtinDirs) host.add(await readManifest(dir), true, 0);
    await host.loadInstalled();
    return host;
  }

  list(): LoadedToolset[] {
    return [...this.toolsets.values()].map((entry) => entry.loaded);
  }

  get(id: string): LoadedToolset | undefined {
    return this.toolsets.get(id)?.loaded;
  }

  async install(source: InstallSource): Promise<LoadedToolset> {
    const read = await installToolset(source, {
      toolsetsDir: this.toolsetsDir,
      isBuiltin: (id) => this.get(id)?.builtin === true,
      beforeReplace: (id) => this.forget(id),
    });
    return this.add(read, false, Date.now());
  }

  async uninstall(id: string): Promise<void> {
    const toolset = this.get(id);
    if (toolset === undefined) throw new CovaltError("not-found", `No toolset "${id}" is installed.`);
    if (toolset.builtin) throw new CovaltError("conflict", `"${id}" is a built-in toolset; it cannot be uninstalled.`);
    this.forget(id);
    this.toolsets.delete(id);
    // Renaming first makes the removal look instant to anyone listing the folder.
    const aside = join(this.toolsetsDir, `.removed-${id}-${Date.now()}`);
    await rename(toolset.dir, aside);
    await rm(aside, { recursive: true, force: true });
  }

  /** Runs a tool and resolves with its (JSON) return value. */
  execute(call: ToolsetCall): Promise<unknown> {
    return this.run(call, "execute", call.timeoutMs);
  }

  /** The tool's approval preview, or undefined when it has none. */
  preview(call: ToolsetPreviewCall): Promise<unknown> {
    return this.run(call, "preview", previewTimeoutMs);
  }

  /** Stops every toolset process and waits until they are gone. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool.stopAll();
  }

  /** Number of live toolset processes (for diagnostics and tests). */
  get processCount(): number {
    return this.pool.size;
  }

  private get toolsetsDir(): string {
    return join(this.options.dataDir, "toolsets");
  }

  private async run(call: ToolsetPreviewCall, mode: CallMode, timeoutMs: number): Promise<unknown> {
    if (this.closed) throw new CovaltError("unavailable", "Toolsets are shut down.");
    if (call.signal.aborted) throw new DOMException("The tool call was cancelled.", "AbortError");
    const entry = this.toolsets.get(call.toolsetId);
    if (entry === undefined) throw new CovaltError("tool-not-found", `No toolset "${call.toolsetId}" is installed.`);
    if (!entry.read.entryPaths.has(call.toolName)) {
      throw new CovaltError("tool-not-found", `The toolset "${call.toolsetId}" has no tool "${call.toolName}".`);
    }
    const workspaceDir = await realpath(call.workspaceDir).catch(() => {
      throw new CovaltError("workspace-path-invalid", `The workspace folder ${call.workspaceDir} does not exist.`);
    });
    const [toolsDir, workerPath] = await Promise.all([this.build(entry.read), this.workerPath()]);
    const process = this.pool.acquire({ toolsetId: call.toolsetId, workspaceDir, workerPath, toolsDir });
    return process.call(
      { tool: call.toolName, args: call.args, mode, chatId: call.chatId, workspaceDir },
      { signal: call.signal, timeoutMs, onProgress: call.onProgress },
    );
  }

  private build(read: ReadManifest): Promise<string> {
    const id = read.manifest.id;
    let pending = this.builds.get(id);
    if (pending === undefined) {
      const tools = [...read.entryPaths].map(([name, entryPath]) => ({ name, entryPath }));
      pending = compileToolset({ id, dir: read.dir, tools }, this.buildDir);
      pending.catch(() => this.builds.delete(id)); // a failed build is retried on the next call
      this.builds.set(id, pending);
    }
    return pending;
  }

  private workerPath(): Promise<string> {
    if (this.worker === undefined) {
      this.worker = compileWorker(this.buildDir);
      this.worker.catch(() => (this.worker = undefined));
    }
    return this.worker;
  }

  private get buildDir(): string {
    return join(this.toolsetsDir, ".build");
  }

  private add(read: ReadManifest, builtin: boolean, installedAt: number): LoadedToolset {
    const { manifest } = read;
    const loaded: LoadedToolset = {
      id: manifest.id,
      name: manifest.name,
      version: manifest.version,
      description: manifest.description ?? "",
      builtin,
      dir: read.dir,
      tools: toolDescriptorsOf(manifest),
      installedAt,
    };
    this.toolsets.set(manifest.id, { loaded, read });
    return loaded;
  }

  /** Stops the processes and drops the build of a toolset that is being replaced or removed. */
  private forget(id: string): void {
    this.pool.stopToolset(id);
    this.builds.delete(id);
  }

  private async loadInstalled(): Promise<void> {
    const entries = await readdir(this.toolsetsDir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const dir = join(this.toolsetsDir, entry.name);
      if (entry.name.startsWith(".")) {
        // Build cache stays; staging or replaced folders are leftovers of an interrupted install.
        if (entry.name !== ".build") await rm(dir, { recursive: true, force: true });
        continue;
      }
      try {
        const read = await readManifest(dir);
        if (read.manifest.id !== entry.name)
          throw new Error(`its id "${read.manifest.id}" does not match its folder name`);
        if (this.get(read.manifest.id)?.builtin === true) throw new Error("a built-in toolset has the same id");
        this.add(read, false, (await stat(join(dir, manifestFileName))).mtimeMs);
      } catch (error) {
        this.options.logger.warn(
          { dir, error: (error as Error).message },
          "skipped an installed toolset that cannot be loaded",
        );
      }
    }
  }
}
