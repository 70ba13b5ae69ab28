/**
 * OpenAI Chat Completions (`POST /v1/chat/completions`): `data: {chat.completion.chunk}` lines,
 * tool calls as indexed `tool_calls` deltas, reasoning as DeepSeek/OpenRouter-style
 * `reasoning_content` deltas, the usage chunk (`choices: []`) only when
 * `stream_options.include_usage` asked for it, and `data: [DONE]` last.
 */
import type { Script, ScriptStep } from "./script.js";
import {
  finish,
  type Frame,
  meta,
  randomId,
  sseContentType,
  sseData,
  token,
  unixSeconds,
  type WireFormat,
} from "./wire.js";

const systemFingerprint = "fp_mock";

export const openaiChatFormat: WireFormat = {
  contentType: sseContentType,
  stream: (script) => {
    const base = {
      id: randomId("chatcmpl-"),
      object: "chat.completion.chunk",
      created: unixSeconds(),
      model: script.model,
      system_fingerprint: systemFingerprint,
    };
    // With include_usage every chunk carries `usage: null` until the final usage chunk.
    const usageField = script.includeUsage ? { usage: null } : {};
    const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
      sseData({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], ...usageField });
    return {
      frames: chatFrames(script, chunk, base),
      malformedFrame: () =>
        `data: {"id":"${base.id}","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"cut\n\n`,
      errorFrame: (message) => sseData({ error: { message, type: "server_error", param: null, code: null } }),
    };
  },
  body: (script) => ({
    id: randomId("chatcmpl-"),
    object: "chat.completion",
    created: unixSeconds(),
    model: script.model,
    system_fingerprint: systemFingerprint,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: joined(script.steps, "text") ?? null,
          refusal: null,
          ...optional("reasoning_content", joined(script.steps, "reasoning")),
          ...optionalToolCalls(script.steps),
        },
        logprobs: null,
        finish_reason: finishReasonOf(script),
      },
    ],
    usage: usageOf(script),
  }),
};

function* chatFrames(
  script: Script,
  chunk: (delta: Record<string, unknown>, finishReason?: string | null) => string,
  base: Record<string, unknown>,
): Generator<Frame> {
  // The first chunk names the role; its content is "" before text and null before anything else.
  yield meta(chunk({ role: "assistant", content: script.steps[0]?.kind === "text" ? "" : null, refusal: null }));
  let toolIndex = 0;
  for (const step of script.steps) {
    if (step.kind === "reasoning") {
      for (const delta of step.deltas) yield token(chunk({ content: null, reasoning_content: delta }));
    } else if (step.kind === "text") {
      for (const delta of step.deltas) yield token(chunk({ content: delta }));
    } else {
      const index = toolIndex++;
      const function_ = { name: step.name, arguments: "" };
      yield meta(chunk({ tool_calls: [{ index, id: `call_${step.id}`, type: "function", function: function_ }] }));
      for (const piece of step.argumentDeltas) {
        yield token(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
      }
    }
  }
  yield finish(chunk({}, finishReasonOf(script)));
  if (script.includeUsage) yield finish(sseData({ ...base, choices: [], usage: usageOf(script) }));
  yield finish("data: [DONE]\n\n");
}

function finishReasonOf(script: Script): string {
  return script.finishReason === "tool-calls" ? "tool_calls" : "stop";
}

function usageOf(script: Script) {
  const { inputTokens, outputTokens, reasoningTokens } = script.usage;
  return {
    prompt_tokens: inputTokens,
    completion_tokens: outputTokens,
    total_tokens: inputTokens + outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function joined(steps: readonly ScriptStep[], kind: "text" | "reasoning"): string | undefined {
  const texts = steps.flatMap((step) => (step.kind === kind ? [step.deltas.join("")] : []));
  return texts.length === 0 ? undefined : texts.join("");
}

function optional(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}

function optionalToolCalls(steps: readonly ScriptStep[]) {
  const calls = steps.flatMap((step) =>
    step.kind === "tool-call"
      ? [{ id: `call_${step.id}`, type: "function", function: { name: step.name, arguments: step.arguments } }]
      : [],
  );
  return calls.length === 0 ? {} : { tool_calls: calls };
}
