/**
 * Entry point of a toolset process (bundled by esbuild into the build cache, run by
 * `process-pool.ts` under Node's permission model). It reads calls from stdin, runs the tool
 * and answers on fd 3. It exits when stdin closes, so it never outlives the server.
 */
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import type { ToolContext } from "@covalt/contracts";
import type { CallMessage, ChildMessage, ParentMessage, WorkerOptions } from "../protocol.js";
import { allowingTargets } from "../safe-fetch/address-policy.js";
import { createSafeFetch } from "../safe-fetch/safe-fetch.js";
import { resolveInWorkspace } from "./resolve-in-workspace.js";
import { createToolModules } from "./tool-modules.js";

const options = JSON.parse(process.argv[2] ?? "{}") as WorkerOptions;
// Under the permission model a path-less stream on an inherited fd is allowed; the path is ignored.
const answers = createWriteStream(null as unknown as string, { fd: 3 });
const toolModule = createToolModules(options.toolsDir);
const isAllowedAddress = allowingTargets(options.allowedPrivateTargets);
const running = new Map<number, AbortController>();

function send(message: ChildMessage): void {
  answers.write(`${JSON.stringify(message)}\n`);
}

async function run(call: CallMessage): Promise<void> {
  const controller = new AbortController();
  running.set(call.id, controller);
  try {
    const tool = await toolModule(call.tool);
    const context: ToolContext = {
      chatId: call.chatId,
      workspaceDir: call.workspaceDir,
      resolvePath: (relativePath, pathOptions) => resolveInWorkspace(call.workspaceDir, relativePath, pathOptions),
      fetch: createSafeFetch({ isAllowedAddress, signal: controller.signal }),
      signal: controller.signal,
      progress: (update) => send({ type: "progress", id: call.id, ...update }),
    };
    if (call.mode === "preview") {
      const output = tool.preview ? await tool.preview(call.args, context) : undefined;
      send({ type: "result", id: call.id, output });
    } else {
      send({ type: "result", id: call.id, output: await tool.execute(call.args, context) });
    }
  } catch (error) {
    send({ type: "error", id: call.id, message: messageOf(error) });
  } finally {
    running.delete(call.id);
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === "string" ? error : "The tool failed without a message.";
}

function handle(line: string): void {
  if (line.trim() === "") return;
  const message = JSON.parse(line) as ParentMessage;
  if (message.type === "cancel") running.get(message.id)?.abort(new Error("The tool call was cancelled."));
  else void run(message);
}

createInterface({ input: process.stdin })
  .on("line", handle)
  .on("close", () => process.exit(0));
send({ type: "ready" });
