import type { AbortSignalLike } from "../flows/node-definition.js";

/** A fetch restricted to public addresses; the same shape as the platform's `fetch`. */
export type SafeFetch = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<{
  status: number;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/**
 * What toolset code receives on every call, inside its own process. The workspace is the only
 * place it may write; `resolvePath` is the one way to turn a user- or model-given path into a
 * real one (it refuses `..`, absolute paths and symlinks that lead out).
 */
export interface ToolContext {
  chatId: string;
  /** Absolute path of the chat's workspace folder. */
  workspaceDir: string;
  /**
   * With `{ write: true }` (the tool will create or replace the file) it also refuses a new name
   * that differs only by case from an entry in its folder (`readme.md` beside `README.md`): on
   * case-insensitive disks (macOS, Windows) the two are one file.
   */
  resolvePath(relativePath: string, options?: { write?: boolean }): Promise<string>;
  /** Fetch that refuses loopback, private and link-local targets, re-checked on every redirect. */
  fetch: SafeFetch;
  signal: AbortSignalLike;
  progress(update: { progress: number; total?: number; message?: string }): void;
}

/** One tool's code in a toolset: `execute` runs the call, `preview` (optional) feeds the approval view. */
export interface ToolImplementation<Args = Record<string, unknown>> {
  execute(args: Args, context: ToolContext): Promise<unknown>;
  preview?(args: Args, context: ToolContext): Promise<unknown>;
}
