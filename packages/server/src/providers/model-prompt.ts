import type { LanguageModelV3Prompt } from "@ai-sdk/provider";
import type { ChatHistoryMessage } from "@covalt/contracts";

/**
 * The conversation in the provider spec's prompt shape. Built directly rather than through
 * `streamText`, which re-validates every message with zod on every turn — measurable in a chat
 * of thousands of messages, and pointless for a history the server rebuilt itself.
 */
export function toModelPrompt(
  system: string | undefined,
  messages: readonly ChatHistoryMessage[],
): LanguageModelV3Prompt {
  const prompt: LanguageModelV3Prompt = system === undefined ? [] : [{ role: "system", content: system }];
  for (const message of messages) {
    if (message.role === "system") prompt.push({ role: "system", content: message.text });
    else prompt.push({ role: message.role, content: [{ type: "text", text: message.text }] });
  }
  return prompt;
}
