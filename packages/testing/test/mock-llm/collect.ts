import type { FinishReason, LanguageModelUsage, TextStreamPart, ToolSet } from "ai";

/** What a `streamText` run delivered, gathered from its `fullStream`. */
export interface Collected {
  text: string;
  reasoning: string;
  /** Text deltas as they arrived, to check word-by-word streaming. */
  textDeltas: string[];
  toolCalls: { toolName: string; input: unknown }[];
  toolResults: { toolName: string; output: unknown }[];
  /** `error` parts of the stream. */
  errors: unknown[];
  /** What iterating the stream threw, e.g. when the connection broke. */
  thrown: unknown;
  stepUsages: LanguageModelUsage[];
  finishReason: FinishReason | undefined;
  totalUsage: LanguageModelUsage | undefined;
}

export async function collect<TOOLS extends ToolSet>(result: {
  fullStream: AsyncIterable<TextStreamPart<TOOLS>>;
}): Promise<Collected> {
  const collected: Collected = {
    text: "",
    reasoning: "",
    textDeltas: [],
    toolCalls: [],
    toolResults: [],
    errors: [],
    thrown: undefined,
    stepUsages: [],
    finishReason: undefined,
    totalUsage: undefined,
  };
  try {
    for await (const part of result.fullStream) record(collected, part);
  } catch (error) {
    collected.thrown = error;
  }
  return collected;
}

function record<TOOLS extends ToolSet>(collected: Collected, part: TextStreamPart<TOOLS>): void {
  switch (part.type) {
    case "text-delta":
      collected.text += part.text;
      collected.textDeltas.push(part.text);
      break;
    case "reasoning-delta":
      collected.reasoning += part.text;
      break;
    case "tool-call":
      collected.toolCalls.push({ toolName: part.toolName, input: part.input });
      break;
    case "tool-result":
      collected.toolResults.push({ toolName: part.toolName, output: part.output });
      break;
    case "error":
      collected.errors.push(part.error);
      break;
    case "finish-step":
      collected.stepUsages.push(part.usage);
      break;
    case "finish":
      collected.finishReason = part.finishReason;
      collected.totalUsage = part.totalUsage;
      break;
    default:
      break;
  }
}
