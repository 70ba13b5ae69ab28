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

/**
 * One message of the conversation as models read it. An assistant answer that used tools is one
 * entry per step: the step's text, the calls it made and what each returned.
 */
export interface ChatHistoryMessage {
  role: "user" | "assistant" | "system";
  text: string;
  toolCalls?: ChatToolExchange[];
  /** Files the user attached (paths in the chat's workspace). */
  attachments?: ChatAttachment[];
  /** Attached images as the model sees them; loaded for a run, never kept in caches. */
  images?: { mediaType: string; data: string }[];
}

export interface ChatAttachment {
  path: string;
  mimeType: string;
  size: number;
}

/** A tool call of an earlier step with its result, as the model will be reminded of it. */
export interface ChatToolExchange {
  id: string;
  /** Canonical tool id; the run's `ModelToolSet` names it for the model. */
  toolId: string;
  input: unknown;
  output: string;
  isError: boolean;
}

/** Parts a language model streams, in the run-event vocabulary the agent node forwards. */
export type ModelStreamPart =
  | Extract<
      RunEvent,
      { type: "text-start" | "text-delta" | "text-end" | "reasoning-start" | "reasoning-delta" | "reasoning-end" }
    >
  | { type: "tool-input-start"; toolCallId: string; toolName: string }
  | { type: "tool-input-delta"; toolCallId: string; delta: string }
  /** A complete call; `toolName` is the model-facing name, `input` the raw argument JSON text. */
  | { type: "tool-call"; toolCallId: string; toolName: string; input: string }
  | { type: "finish"; reason: string; usage: Omit<Extract<RunEvent, { type: "usage" }>, "type"> };

/** A tool as offered to the model: its model-facing name, what it does and its argument schema. */
export interface ModelToolDefinition {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

/** The tools of one model request and the names under which history mentions earlier calls. */
export interface ModelToolSet {
  definitions: ModelToolDefinition[];
  nameFor(toolId: string): string;
}

export interface ModelStreamRequest {
  model: ModelRef;
  system?: string;
  messages: ChatHistoryMessage[];
  tools?: ModelToolSet;
  signal: AbortSignalLike;
}

/** How nodes reach language models; the server implements it on top of the provider host. */
export interface LanguageModelPort {
  stream(request: ModelStreamRequest): AsyncIterable<ModelStreamPart>;
}

/** A call the model made, with its arguments parsed (or the reason they could not be). */
export interface ToolCallRequest {
  /** Unique within the run; the block id of the call. */
  toolCallId: string;
  toolId: string;
  input: unknown;
  /** Set when the model's argument text was not valid JSON. */
  inputError?: string;
}

/** What a call came to, in the words the model reads next. */
export interface ToolCallOutcome {
  toolCallId: string;
  toolId: string;
  output: string;
  isError: boolean;
}

/**
 * How nodes reach the tools of a run: what to offer the model, how its names map back to tools,
 * and `run`, which validates, asks for approval, executes and reports every call as run events.
 */
export interface ToolPort extends ModelToolSet {
  toolIdFor(modelName: string): string | undefined;
  /** A short name for the UI, e.g. `write_file`. */
  displayNameOf(toolId: string): string;
  run(calls: ToolCallRequest[], signal: AbortSignalLike): Promise<ToolCallOutcome[]>;
}

/** Services the host hands every node; grows with workspace and MCP. */
export interface NodeServices {
  languageModels: LanguageModelPort;
  tools: ToolPort;
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
