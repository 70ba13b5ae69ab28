/**
 * Anthropic Messages (`POST /v1/messages`): `message_start`, one content block per step
 * (`thinking` with a closing `signature_delta`, `text`, `tool_use` with `input_json_delta`
 * pieces), a `ping` after the first block starts, `message_delta` with stop reason and usage,
 * `message_stop`.
 */
import type { Script, ScriptStep } from "./script.js";
import { finish, type Frame, meta, randomId, sseContentType, sseEvent, token, type WireFormat } from "./wire.js";

/**
 * Real signatures are opaque and verified by Anthropic; clients only store and send them back, so
 * any base64 works against the mock.
 */
const mockSignature = Buffer.from("covalt mock thinking signature").toString("base64");

export const anthropicFormat: WireFormat = {
  contentType: sseContentType,
  stream: (script) => ({
    frames: messageFrames(script),
    malformedFrame: () =>
      `event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"cut\n\n`,
    errorFrame: (message) => sseEvent("error", { type: "error", error: { type: "api_error", message } }),
  }),
  body: (script) => ({
    ...messageObject(randomId("msg_")),
    content: script.steps.map(contentBlock),
    model: script.model,
    stop_reason: stopReasonOf(script),
    stop_sequence: null,
    usage: { input_tokens: script.usage.inputTokens, output_tokens: script.usage.outputTokens },
  }),
};

function* messageFrames(script: Script): Generator<Frame> {
  const event = (type: string, fields: Record<string, unknown>) => sseEvent(type, { type, ...fields });
  yield meta(
    event("message_start", {
      message: {
        ...messageObject(randomId("msg_")),
        content: [],
        model: script.model,
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: script.usage.inputTokens,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
          output_tokens: 1,
        },
      },
    }),
  );
  for (const [index, step] of script.steps.entries()) {
    const delta = (fields: Record<string, unknown>) => event("content_block_delta", { index, delta: fields });
    yield meta(event("content_block_start", { index, content_block: startBlock(step) }));
    if (index === 0) yield meta(event("ping", {}));
    if (step.kind === "reasoning") {
      for (const thinking of step.deltas) yield token(delta({ type: "thinking_delta", thinking }));
      yield meta(delta({ type: "signature_delta", signature: mockSignature }));
    } else if (step.kind === "text") {
      for (const text of step.deltas) yield token(delta({ type: "text_delta", text }));
    } else {
      for (const partial_json of step.argumentDeltas) yield token(delta({ type: "input_json_delta", partial_json }));
    }
    yield meta(event("content_block_stop", { index }));
  }
  yield finish(
    event("message_delta", {
      delta: { stop_reason: stopReasonOf(script), stop_sequence: null },
      usage: { output_tokens: script.usage.outputTokens },
    }),
  );
  yield finish(event("message_stop", {}));
}

function messageObject(id: string) {
  return { id, type: "message", role: "assistant" };
}

function startBlock(step: ScriptStep): Record<string, unknown> {
  if (step.kind === "reasoning") return { type: "thinking", thinking: "", signature: "" };
  if (step.kind === "text") return { type: "text", text: "" };
  return { type: "tool_use", id: `toolu_${step.id}`, name: step.name, input: {} };
}

function contentBlock(step: ScriptStep): Record<string, unknown> {
  if (step.kind === "reasoning") return { type: "thinking", thinking: step.deltas.join(""), signature: mockSignature };
  if (step.kind === "text") return { type: "text", text: step.deltas.join("") };
  return { type: "tool_use", id: `toolu_${step.id}`, name: step.name, input: JSON.parse(step.arguments) as unknown };
}

function stopReasonOf(script: Script): string {
  return script.finishReason === "tool-calls" ? "tool_use" : "end_turn";
}
