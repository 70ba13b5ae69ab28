import { mkdir } from "node:fs/promises";
import type { AbortSignalLike, ToolDescriptor } from "@covalt/contracts";
import { CovaltError, type ProgressUpdate } from "@covalt/core";
import type { McpHost } from "../mcp/mcp-host.js";
import type { ToolsetHost } from "../toolsets/toolset-host.js";

/** Tools without a timeout of their own get a minute. */
export const defaultToolTimeoutMs = 60_000;

/**
 * Runs a resolved tool on the host its source names. Toolset tools run in their toolset's
 * sandboxed process, with the chat's workspace folder as the only place they may write; MCP tools
 * on their server, through the MCP host.
 */
export class ToolExecutors {
  constructor(
    private readonly toolsets: ToolsetHost,
    private readonly mcp: McpHost,
    /** The chat's workspace folder (the workspace engine decides where it lives). */
    private readonly workspaceDirOf: (chatId: string) => string,
  ) {}

  async execute(
    tool: ToolDescriptor,
    input: unknown,
    options: { chatId: string; signal: AbortSignalLike; onProgress: (update: ProgressUpdate) => void },
  ): Promise<unknown> {
    if (tool.source.kind === "mcp") {
      return this.mcp.execute(tool, input, {
        signal: options.signal as AbortSignal,
        onProgress: options.onProgress,
        context: { chatId: options.chatId },
      });
    }
    if (tool.source.kind !== "toolset") throw unsupported(tool);
    return this.toolsets.execute({
      ...(await this.toolsetCall(tool, input, options)),
      timeoutMs: tool.timeoutMs ?? defaultToolTimeoutMs,
      onProgress: options.onProgress,
    });
  }

  async preview(tool: ToolDescriptor, input: unknown, options: { chatId: string; signal: AbortSignalLike }) {
    if (tool.source.kind !== "toolset") return undefined;
    return this.toolsets.preview(await this.toolsetCall(tool, input, options));
  }

  private async toolsetCall(
    tool: ToolDescriptor,
    input: unknown,
    options: { chatId: string; signal: AbortSignalLike },
  ) {
    return {
      toolsetId: tool.source.id,
      toolName: tool.name,
      args: input,
      chatId: options.chatId,
      workspaceDir: await this.workspaceOf(options.chatId),
      // Runs pass the real AbortSignal of their controller; the port only promises its shape.
      signal: options.signal as AbortSignal,
    };
  }

  /** Each chat's own folder; created on first use, never shared between chats. */
  async workspaceOf(chatId: string): Promise<string> {
    const dir = this.workspaceDirOf(chatId);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  }
}

function unsupported(tool: ToolDescriptor): CovaltError {
  return new CovaltError(
    "tool-not-found",
    `${tool.id} cannot run here: ${tool.source.kind} tools are not available yet.`,
  );
}
