import { type ChatHistoryMessage, defineNode, type NodeServices, type ModelStreamPart } from "@covalt/plugin-sdk";
import { z } from "zod";
import { collectToolCalls, type StepToolCalls } from "./step-tool-calls.js";

const AgentConfig = z.object({
  /** Fixed model for this agent; absent means the model the user picked for the turn. */
  model: z.object({ providerId: z.string(), modelId: z.string() }).optional(),
  instructions: z.string().optional(),
  /** How many model → tools → model rounds one turn may take before it stops. */
  maxSteps: z.number().int().min(1).max(100).default(20),
});

const stepLimitNote = (steps: number) =>
  `\n\n_Stopped after ${steps} tool steps. Send a message to let the agent go on._`;

/**
 * Answers with a language model. Text, reasoning and usage stream out as run events as they
 * arrive; when the model calls tools, the run's tool port validates, asks for approval and
 * executes them, and the model is asked again with the results — until it answers without tools
 * or the step limit is reached.
 */
export const agentNode = defineNode({
  type: "agent",
  name: "Agent",
  description: "Answers with a language model and the chat's tools, given the conversation and optional instructions.",
  inputs: [{ name: "messages", description: "The conversation to answer." }],
  outputs: [{ name: "text", description: "The full answer text." }],
  configSchema: AgentConfig,
  async execute({ config, inputs, trigger, services, signal, emit }) {
    const messages = [...((inputs.messages as ChatHistoryMessage[] | undefined) ?? trigger.history)];
    const tools = services.tools;
    // A function, so the check after an await reads the signal anew.
    const cancelled = () => signal.aborted;
    let text = "";
    for (let step = 1; ; step++) {
      const calls = collectToolCalls(tools, `s${step}-`, emit);
      let stepText = "";
      for await (const part of services.languageModels.stream({
        model: config.model ?? trigger.model,
        ...(config.instructions === undefined || config.instructions === "" ? {} : { system: config.instructions }),
        messages,
        ...(tools.definitions.length === 0 ? {} : { tools }),
        signal,
      })) {
        if (part.type === "finish") emit({ type: "usage", ...part.usage });
        else if (isToolPart(part)) calls.accept(part);
        else {
          if (part.type === "text-delta") stepText += part.delta;
          emit(part);
        }
      }
      text += stepText;
      const requests = calls.finish();
      if (requests.length === 0 || cancelled()) return { text };
      const outcomes = await tools.run(requests, signal);
      messages.push(stepMessage(stepText, calls, outcomes));
      if (cancelled()) return { text };
      if (step >= config.maxSteps) {
        const note = stepLimitNote(step);
        emit({ type: "text-delta", id: `step-limit-${step}`, delta: note });
        return { text: text + note };
      }
    }
  },
});

type ToolPart = Extract<ModelStreamPart, { type: "tool-input-start" | "tool-input-delta" | "tool-call" }>;

function isToolPart(part: ModelStreamPart): part is ToolPart {
  return part.type === "tool-input-start" || part.type === "tool-input-delta" || part.type === "tool-call";
}

function stepMessage(
  text: string,
  calls: StepToolCalls,
  outcomes: Awaited<ReturnType<NodeServices["tools"]["run"]>>,
): ChatHistoryMessage {
  return {
    role: "assistant",
    text,
    toolCalls: outcomes.map((outcome) => ({
      id: outcome.toolCallId,
      toolId: outcome.toolId,
      input: calls.inputOf(outcome.toolCallId),
      output: outcome.output,
      isError: outcome.isError,
    })),
  };
}
