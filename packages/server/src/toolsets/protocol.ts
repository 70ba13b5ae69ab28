/**
 * The line-delimited JSON spoken between the server and a toolset process. Calls go in on the
 * child's stdin; answers come back on fd 3, a pipe of their own, so a tool that prints to stdout
 * cannot corrupt the protocol. Both sides import these types; the worker is bundled with them.
 */

export type CallMode = "execute" | "preview";

export interface CallMessage {
  type: "call";
  id: number;
  tool: string;
  args: unknown;
  mode: CallMode;
  chatId: string;
  workspaceDir: string;
}

export interface CancelMessage {
  type: "cancel";
  id: number;
}

export type ParentMessage = CallMessage | CancelMessage;

export interface ProgressUpdate {
  progress: number;
  total?: number;
  message?: string;
}

export type ChildMessage =
  | { type: "ready" }
  | ({ type: "progress"; id: number } & ProgressUpdate)
  | { type: "result"; id: number; output?: unknown }
  | { type: "error"; id: number; message: string };

/** What the parent passes to a worker as its single argument (JSON). */
export interface WorkerOptions {
  /** Folder of the toolset's compiled tools, holding `tools.json` (tool name → module file). */
  toolsDir: string;
  /** `host:port` targets the safe fetch may reach although they are private (tests, local services). */
  allowedPrivateTargets: string[];
}

/** The index the compiler writes next to the compiled tool modules. */
export const toolIndexFile = "tools.json";
export type ToolIndex = Record<string, string>;
