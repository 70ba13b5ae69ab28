/**
 * Reads the request body of each supported API into one neutral `Conversation`, so the script
 * logic never needs to know which wire format a request came in.
 */
import { countWords } from "./words.js";

export type Api = "openai-chat" | "openai-responses" | "anthropic" | "ollama";

export interface ToolResult {
  name: string;
  output: string;
}

export interface Conversation {
  /** Empty when the request named no model. */
  model: string;
  stream: boolean;
  /** Chat Completions sends its usage chunk only when asked to (`stream_options.include_usage`). */
  includeUsage: boolean;
  /** Text of the last user message that has text; the directives live here. */
  lastUserText: string;
  inputWords: number;
  /** Tool results that end the conversation, i.e. the model is asked to go on after tools ran. */
  toolResults: ToolResult[];
}

type Item =
  | { kind: "text"; role: string; text: string }
  | { kind: "tool-call"; id: string; name: string }
  | { kind: "tool-result"; callId: string; name: string; output: string };

type TextItem = Extract<Item, { kind: "text" }>;

type JsonRecord = Record<string, unknown>;

export function readConversation(api: Api, body: unknown): Conversation {
  const request = isRecord(body) ? body : {};
  const items = itemReaders[api](request);
  const streamDefault = api === "ollama"; // Ollama streams unless told not to; the others the reverse.
  const streamOptions = request.stream_options;
  return {
    model: typeof request.model === "string" ? request.model : "",
    stream: typeof request.stream === "boolean" ? request.stream : streamDefault,
    includeUsage: isRecord(streamOptions) && streamOptions.include_usage === true,
    lastUserText:
      items.findLast((item): item is TextItem => item.kind === "text" && item.role === "user" && item.text !== "")
        ?.text ?? "",
    inputWords: items.reduce((sum, item) => sum + countWords(item.kind === "tool-call" ? "" : itemText(item)), 0),
    toolResults: trailingToolResults(items),
  };
}

function itemText(item: Item): string {
  return item.kind === "text" ? item.text : item.kind === "tool-result" ? item.output : "";
}

function trailingToolResults(items: readonly Item[]): ToolResult[] {
  const names = new Map<string, string>();
  for (const item of items) if (item.kind === "tool-call") names.set(item.id, item.name);
  const results: ToolResult[] = [];
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item?.kind !== "tool-result") break;
    results.unshift({ name: item.name || (names.get(item.callId) ?? "tool"), output: item.output });
  }
  return results;
}

const itemReaders: Record<Api, (request: JsonRecord) => Item[]> = {
  "openai-chat": (request) =>
    records(request.messages).flatMap((message): Item[] => {
      const role = stringOf(message.role);
      if (role === "tool") {
        return [
          { kind: "tool-result", callId: stringOf(message.tool_call_id), name: "", output: textOf(message.content) },
        ];
      }
      const calls = records(message.tool_calls).map((call): Item => ({
        kind: "tool-call",
        id: stringOf(call.id),
        name: stringOf(recordOf(call.function).name),
      }));
      return [{ kind: "text", role, text: textOf(message.content) }, ...calls];
    }),

  "openai-responses": (request) => {
    const instructions: Item = { kind: "text", role: "system", text: stringOf(request.instructions) };
    if (typeof request.input === "string") return [instructions, { kind: "text", role: "user", text: request.input }];
    return [
      instructions,
      ...records(request.input).flatMap((item): Item[] => {
        if (item.type === "function_call") {
          return [{ kind: "tool-call", id: stringOf(item.call_id), name: stringOf(item.name) }];
        }
        if (item.type === "function_call_output") {
          return [{ kind: "tool-result", callId: stringOf(item.call_id), name: "", output: textOf(item.output) }];
        }
        if (item.type === "reasoning") return [{ kind: "text", role: "assistant", text: textOf(item.summary) }];
        // Messages may omit `type`; `item_reference`s point at items stored server side and carry no text.
        if (typeof item.role === "string") return [{ kind: "text", role: item.role, text: textOf(item.content) }];
        return [];
      }),
    ];
  },

  anthropic: (request) => [
    { kind: "text", role: "system", text: textOf(request.system) },
    ...records(request.messages).flatMap((message): Item[] => {
      const role = stringOf(message.role);
      if (typeof message.content === "string") return [{ kind: "text", role, text: message.content }];
      return records(message.content).map((block): Item => {
        if (block.type === "tool_use") return { kind: "tool-call", id: stringOf(block.id), name: stringOf(block.name) };
        if (block.type === "tool_result") {
          return { kind: "tool-result", callId: stringOf(block.tool_use_id), name: "", output: textOf(block.content) };
        }
        return { kind: "text", role, text: textOf([block]) };
      });
    }),
  ],

  ollama: (request) =>
    records(request.messages).flatMap((message): Item[] => {
      const role = stringOf(message.role);
      if (role === "tool") {
        // Ollama's tool messages carry the tool's name (`tool_name`), not a call id.
        return [
          { kind: "tool-result", callId: "", name: stringOf(message.tool_name), output: textOf(message.content) },
        ];
      }
      const calls = records(message.tool_calls).map((call): Item => ({
        kind: "tool-call",
        id: "",
        name: stringOf(recordOf(call.function).name),
      }));
      return [{ kind: "text", role, text: textOf(message.content) }, ...calls];
    }),
};

/**
 * Text of a content value in any of the APIs' shapes: a string, or parts carrying `text`,
 * `thinking` or nested `content` (tool results); images and other media count as nothing.
 */
function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  return records(content)
    .map((part) => {
      if (typeof part.text === "string") return part.text;
      if (typeof part.thinking === "string") return part.thinking;
      return textOf(part.content);
    })
    .filter((text) => text !== "")
    .join("\n");
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function recordOf(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

function stringOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}
