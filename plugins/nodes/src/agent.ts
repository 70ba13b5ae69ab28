import { type ChatHistoryMessage, defineNode } from "@covalt/plugin-sdk";
import { z } from "zod";

const AgentConfig = z.object({
  /** Fixed model for this agent; absent means the model the user picked for the turn. */
  model: z.object({ providerId: z.string(), modelId: z.string() }).optional(),
  instructions: z.string().optional(),
});

/**
 * Streams one model answer into the turn. Text, reasoning and usage parts are forwarded as run
 * events as they arrive, so the user sees tokens with no buffering in between.
 */
export const agentNode = defineNode({
  type: "agent",
  name: "Agent",
  description: "Answers with a language model, given the conversation and optional instructions.",
  inputs: [{ name: "messages", description: "The conversation to answer." }],
  outputs: [{ name: "text", description: "The full answer text." }],
  configSchema: AgentConfig,
  async execute({ config, inputs, trigger, services, signal, emit }) {
    const messages = (inputs.messages as ChatHistoryMessage[] | undefined) ?? trigger.history;
    let text = "";
    for await (const part of services.languageModels.stream({
      model: config.model ?? trigger.model,
      ...(config.instructions === undefined || config.instructions === "" ? {} : { system: config.instructions }),
      messages,
      signal,
    })) {
      if (part.type === "finish") {
        emit({ type: "usage", ...part.usage });
        continue;
      }
      if (part.type === "text-delta") text += part.delta;
      emit(part);
    }
    return { text };
  },
});
