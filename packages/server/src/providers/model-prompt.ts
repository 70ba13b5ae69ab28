import type { LanguageModelV3FunctionTool, LanguageModelV3Prompt } from "@ai-sdk/provider";
import type { ChatHistoryMessage, ModelToolSet } from "@covalt/contracts";

/**
 * The conversation in the provider spec's prompt shape. Built directly rather than through
 * `streamText`, which re-validates every message with zod on every turn — measurable in a chat
 * of thousands of messages, and pointless for a history the server rebuilt itself. A step that
 * called tools becomes the assistant's text and calls followed by one tool message with the results.
 */
export function toModelPrompt(
  system: string | undefined,
  messages: readonly ChatHistoryMessage[],
  tools: ModelToolSet | undefined,
): LanguageModelV3Prompt {
  const prompt: LanguageModelV3Prompt = system === undefined ? [] : [{ role: "system", content: system }];
  for (const message of messages) {
    if (message.role === "system") prompt.push({ role: "system", content: message.text });
    else if (message.role === "user") {
      prompt.push({
        role: "user",
        content: [
          { type: "text", text: message.text },
          ...(message.images ?? []).map((image) => ({
            type: "file" as const,
            mediaType: image.mediaType,
            data: image.data,
          })),
        ],
      });
    } else if (message.toolCalls === undefined || message.toolCalls.length === 0) {
      prompt.push({ role: "assistant", content: [{ type: "text", text: message.text }] });
    } else if (tools === undefined) {
      // Without tools in this request, providers refuse tool parts in the history (Anthropic does);
      // the model still learns what happened, as text.
      prompt.push({ role: "assistant", content: [{ type: "text", text: asText(message) }] });
    } else {
      const calls = message.toolCalls;
      prompt.push({
        role: "assistant",
        content: [
          ...(message.text === "" ? [] : [{ type: "text" as const, text: message.text }]),
          ...calls.map((call) => ({
            type: "tool-call" as const,
            toolCallId: call.id,
            toolName: tools.nameFor(call.toolId),
            input: call.input,
          })),
        ],
      });
      prompt.push({
        role: "tool",
        content: calls.map((call) => ({
          type: "tool-result" as const,
          toolCallId: call.id,
          toolName: tools.nameFor(call.toolId),
          output: call.isError
            ? { type: "error-text" as const, value: call.output }
            : { type: "text" as const, value: call.output },
        })),
      });
    }
  }
  return prompt;
}

function asText(message: ChatHistoryMessage): string {
  const calls = (message.toolCalls ?? []).map(
    (call) =>
      `[called ${call.toolId} with ${JSON.stringify(call.input)} → ${call.isError ? "error: " : ""}${call.output}]`,
  );
  return [message.text, ...calls].filter((part) => part !== "").join("\n");
}

export function toModelTools(tools: ModelToolSet | undefined): LanguageModelV3FunctionTool[] | undefined {
  if (tools === undefined || tools.definitions.length === 0) return undefined;
  return tools.definitions.map((tool) => ({
    type: "function",
    name: tool.name,
    description: tool.description,
    inputSchema: tool.inputSchema,
  }));
}
