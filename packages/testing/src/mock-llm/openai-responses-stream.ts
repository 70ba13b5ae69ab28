/**
 * OpenAI Responses API (`POST /v1/responses`): named SSE events with a `sequence_number`, one
 * output item per step (reasoning item with a summary part, message with an `output_text` part,
 * `function_call`), `response.completed` with usage last. There is no `[DONE]` sentinel.
 */
import type { Script, ScriptStep } from "./script.js";
import {
  finish,
  type Frame,
  meta,
  randomId,
  sseContentType,
  sseEvent,
  token,
  unixSeconds,
  type WireFormat,
} from "./wire.js";

type Item = Record<string, unknown>;

export const openaiResponsesFormat: WireFormat = {
  contentType: sseContentType,
  stream: (script) => {
    let sequence = 0;
    const event = (type: string, fields: Record<string, unknown>) =>
      sseEvent(type, { type, sequence_number: sequence++, ...fields });
    return {
      frames: responseFrames(script, event),
      malformedFrame: () =>
        `event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":${sequence++},"delta":"cut\n\n`,
      errorFrame: (message) => event("error", { code: "server_error", message, param: null }),
    };
  },
  body: (script) =>
    responseObject(script, randomId("resp_"), unixSeconds(), "completed", {
      output: script.steps.map((step) => doneItem(step, itemIds(step))),
      usage: usageOf(script),
    }),
};

function* responseFrames(
  script: Script,
  event: (type: string, fields: Record<string, unknown>) => string,
): Generator<Frame> {
  const id = randomId("resp_");
  const createdAt = unixSeconds();
  const inProgress = responseObject(script, id, createdAt, "in_progress", { output: [], usage: null });
  yield meta(event("response.created", { response: inProgress }));
  yield meta(event("response.in_progress", { response: inProgress }));
  const output: Item[] = [];
  for (const [outputIndex, step] of script.steps.entries()) {
    const ids = itemIds(step);
    const at = { item_id: ids.item, output_index: outputIndex };
    yield meta(event("response.output_item.added", { output_index: outputIndex, item: addedItem(step, ids) }));
    if (step.kind === "reasoning") {
      const text = step.deltas.join("");
      const part = (partText: string) => ({ ...at, summary_index: 0, part: { type: "summary_text", text: partText } });
      yield meta(event("response.reasoning_summary_part.added", part("")));
      for (const delta of step.deltas) {
        yield token(event("response.reasoning_summary_text.delta", { ...at, summary_index: 0, delta }));
      }
      yield meta(event("response.reasoning_summary_text.done", { ...at, summary_index: 0, text }));
      yield meta(event("response.reasoning_summary_part.done", part(text)));
    } else if (step.kind === "text") {
      const text = step.deltas.join("");
      yield meta(event("response.content_part.added", { ...at, content_index: 0, part: outputText("") }));
      for (const delta of step.deltas) {
        yield token(event("response.output_text.delta", { ...at, content_index: 0, delta, logprobs: [] }));
      }
      yield meta(event("response.output_text.done", { ...at, content_index: 0, text, logprobs: [] }));
      yield meta(event("response.content_part.done", { ...at, content_index: 0, part: outputText(text) }));
    } else {
      for (const delta of step.argumentDeltas) {
        yield token(event("response.function_call_arguments.delta", { ...at, delta }));
      }
      yield meta(event("response.function_call_arguments.done", { ...at, arguments: step.arguments }));
    }
    const done = doneItem(step, ids);
    output.push(done);
    yield meta(event("response.output_item.done", { output_index: outputIndex, item: done }));
  }
  const completed = responseObject(script, id, createdAt, "completed", { output, usage: usageOf(script) });
  yield finish(event("response.completed", { response: completed }));
}

interface ItemIds {
  item: string;
  call: string;
}

function itemIds(step: ScriptStep): ItemIds {
  if (step.kind === "tool-call") return { item: `fc_${step.id}`, call: `call_${step.id}` };
  return { item: randomId(step.kind === "reasoning" ? "rs_" : "msg_"), call: "" };
}

function addedItem(step: ScriptStep, ids: ItemIds): Item {
  if (step.kind === "reasoning") return { id: ids.item, type: "reasoning", summary: [] };
  if (step.kind === "text")
    return { id: ids.item, type: "message", status: "in_progress", content: [], role: "assistant" };
  return {
    id: ids.item,
    type: "function_call",
    status: "in_progress",
    arguments: "",
    call_id: ids.call,
    name: step.name,
  };
}

function doneItem(step: ScriptStep, ids: ItemIds): Item {
  if (step.kind === "reasoning") {
    return { id: ids.item, type: "reasoning", summary: [{ type: "summary_text", text: step.deltas.join("") }] };
  }
  if (step.kind === "text") {
    const content = [outputText(step.deltas.join(""))];
    return { id: ids.item, type: "message", status: "completed", content, role: "assistant" };
  }
  return {
    id: ids.item,
    type: "function_call",
    status: "completed",
    arguments: step.arguments,
    call_id: ids.call,
    name: step.name,
  };
}

function outputText(text: string): Item {
  return { type: "output_text", annotations: [], logprobs: [], text };
}

function responseObject(
  script: Script,
  id: string,
  createdAt: number,
  status: "in_progress" | "completed",
  fields: { output: Item[]; usage: unknown },
): Item {
  return {
    id,
    object: "response",
    created_at: createdAt,
    status,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model: script.model,
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: true,
    text: { format: { type: "text" } },
    tool_choice: "auto",
    tools: [],
    truncation: "disabled",
    metadata: {},
    ...fields,
  };
}

function usageOf(script: Script): Item {
  const { inputTokens, outputTokens, reasoningTokens } = script.usage;
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: outputTokens,
    output_tokens_details: { reasoning_tokens: reasoningTokens },
    total_tokens: inputTokens + outputTokens,
  };
}
