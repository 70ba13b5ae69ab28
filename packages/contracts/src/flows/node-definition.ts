import type { z } from "zod";
import type { ModelRef } from "../ids.js";
import type { RunEvent } from "../events/v1/envelope.js";
import type { ErrorCode } from "../errors.js";

/**
 * The part of `AbortSignal` pure code relies on. Contracts and core run without DOM or Node
 * typings; a real AbortSignal from either satisfies this structurally.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** What a chat turn gives the graph's trigger node: the conversation so far, rebuilt on the server. */
export interface ChatTrigger {
  kind: "chat";
  chatId: string;
  /** The model the user picked for this turn; agent nodes without their own model use it. */
  model: ModelRef;
  history: ChatHistoryMessage[];
}

export interface ChatHistoryMessage {
  role: "user" | "assistant" | "system";
  text: string;
}

/** Parts a language model streams, in the run-event vocabulary the agent node forwards. */
export type ModelStreamPart =
  | Extract<
      RunEvent,
      { type: "text-start" | "text-delta" | "text-end" | "reasoning-start" | "reasoning-delta" | "reasoning-end" }
    >
  | { type: "finish"; reason: string; usage: Omit<Extract<RunEvent, { type: "usage" }>, "type"> };

export interface ModelStreamRequest {
  model: ModelRef;
  system?: string;
  messages: ChatHistoryMessage[];
  signal: AbortSignalLike;
}

/** How nodes reach language models; the server implements it on top of the provider host. */
export interface LanguageModelPort {
  stream(request: ModelStreamRequest): AsyncIterable<ModelStreamPart>;
}

/** Services the host hands every node; grows with tools, workspace and MCP. */
export interface NodeServices {
  languageModels: LanguageModelPort;
}

export interface NodeExecutionContext<Config = Record<string, unknown>> {
  runId: string;
  nodeId: string;
  config: Config;
  /** Values arriving on the node's input ports, by port name. */
  inputs: Record<string, unknown>;
  trigger: ChatTrigger;
  signal: AbortSignalLike;
  services: NodeServices;
  emit: (event: RunEvent) => void;
}

export interface PortDefinition {
  name: string;
  description?: string;
}

/** A flow node type. Registered through the plugin SDK's `defineNode`, run by core's scheduler. */
export interface NodeDefinition<Config = Record<string, unknown>> {
  type: string;
  name: string;
  description: string;
  /** A trigger node starts the graph and receives the trigger instead of inputs. */
  trigger?: boolean;
  inputs: PortDefinition[];
  outputs: PortDefinition[];
  configSchema: z.ZodType<Config>;
  execute(context: NodeExecutionContext<Config>): Promise<Record<string, unknown>>;
}

/**
 * A failure a node or port reports on purpose, with a code the user can act on. Anything else
 * thrown inside a run is reported as an internal error.
 */
export interface RunFailure {
  code: ErrorCode;
  message: string;
  retryable: boolean;
}

export function isRunFailure(value: unknown): value is RunFailure {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string" &&
    typeof (value as { retryable?: unknown }).retryable === "boolean"
  );
}
