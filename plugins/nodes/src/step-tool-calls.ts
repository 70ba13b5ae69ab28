import type { RunEvent } from "@covalt/contracts";
import type { ModelStreamPart, ToolCallRequest, ToolPort } from "@covalt/plugin-sdk";

type ToolPart = Extract<ModelStreamPart, { type: "tool-input-start" | "tool-input-delta" | "tool-call" }>;

export interface StepToolCalls {
  accept(part: ToolPart): void;
  /** The step's complete calls, in the order the model made them, with parsed arguments. */
  finish(): ToolCallRequest[];
  inputOf(toolCallId: string): unknown;
}

/**
 * Gathers one model step's tool calls as they stream, announcing each call and its argument
 * text to the UI. Ids get a per-step prefix: providers may reuse call ids across steps, while a
 * call's block id must be unique within the run.
 */
export function collectToolCalls(tools: ToolPort, prefix: string, emit: (event: RunEvent) => void): StepToolCalls {
  const started = new Set<string>();
  const complete = new Map<string, ToolCallRequest>();

  const start = (modelCallId: string, modelName: string) => {
    const id = prefix + modelCallId;
    if (started.has(id)) return id;
    started.add(id);
    const toolId = tools.toolIdFor(modelName) ?? `builtin:${modelName}`;
    emit({ type: "tool-call-start", toolCallId: id, toolId, toolName: tools.displayNameOf(toolId) });
    return id;
  };

  return {
    accept(part) {
      if (part.type === "tool-input-start") start(part.toolCallId, part.toolName);
      else if (part.type === "tool-input-delta") {
        const id = prefix + part.toolCallId;
        if (started.has(id)) emit({ type: "tool-input-delta", toolCallId: id, delta: part.delta });
      } else {
        const id = start(part.toolCallId, part.toolName);
        const toolId = tools.toolIdFor(part.toolName) ?? `builtin:${part.toolName}`;
        complete.set(id, { toolCallId: id, toolId, ...parseArguments(part.input) });
      }
    },
    finish() {
      const requests = [...complete.values()];
      for (const request of requests) {
        emit({ type: "tool-input-end", toolCallId: request.toolCallId, input: request.input });
      }
      return requests;
    },
    inputOf(toolCallId) {
      return complete.get(toolCallId)?.input;
    },
  };
}

function parseArguments(text: string): { input: unknown; inputError?: string } {
  if (text.trim() === "") return { input: {} };
  try {
    return { input: JSON.parse(text) as unknown };
  } catch (error) {
    return { input: text, inputError: error instanceof Error ? error.message : "unreadable JSON" };
  }
}
