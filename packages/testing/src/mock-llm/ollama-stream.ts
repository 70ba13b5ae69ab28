/**
 * Ollama's native chat (`POST /api/chat`): newline-delimited JSON, one object per delta
 * (`message.content`, or `message.thinking` for reasoning), tool calls whole in one object with
 * parsed `arguments`, then a `done: true` object with counts and durations in nanoseconds.
 */
import type { Script, ScriptStep } from "./script.js";
import { finish, type Frame, token, type WireFormat } from "./wire.js";

export const ollamaFormat: WireFormat = {
  contentType: "application/x-ndjson",
  stream: (script) => ({
    frames: chatFrames(script),
    malformedFrame: () => `{"model":${JSON.stringify(script.model)},"message":{"role":"assistant","content":"cut\n`,
    errorFrame: (message) => line({ error: message }),
  }),
  body: (script) => ({
    ...header(script),
    message: {
      role: "assistant",
      content: joined(script.steps, "text"),
      ...(script.steps.some((step) => step.kind === "reasoning") && { thinking: joined(script.steps, "reasoning") }),
      ...toolCallsOf(script.steps),
    },
    ...doneFields(script),
  }),
};

function* chatFrames(script: Script): Generator<Frame> {
  const message = (fields: Record<string, unknown>) =>
    line({ ...header(script), message: { role: "assistant", content: "", ...fields }, done: false });
  for (const step of script.steps) {
    if (step.kind === "reasoning") {
      for (const thinking of step.deltas) yield token(message({ thinking }));
    } else if (step.kind === "text") {
      for (const content of step.deltas) yield token(message({ content }));
    }
  }
  const calls = toolCallsOf(script.steps);
  if ("tool_calls" in calls) yield token(message(calls));
  yield finish(line({ ...header(script), message: { role: "assistant", content: "" }, ...doneFields(script) }));
}

function header(script: Script) {
  return { model: script.model, created_at: new Date().toISOString() };
}

function doneFields(script: Script) {
  const { inputTokens, outputTokens } = script.usage;
  // Plausible durations: 1 ms per prompt token, 10 ms per generated one.
  const promptNanoseconds = inputTokens * 1_000_000;
  const evalNanoseconds = outputTokens * 10_000_000;
  return {
    done: true,
    done_reason: "stop",
    total_duration: promptNanoseconds + evalNanoseconds,
    load_duration: 1_000_000,
    prompt_eval_count: inputTokens,
    prompt_eval_duration: promptNanoseconds,
    eval_count: outputTokens,
    eval_duration: evalNanoseconds,
  };
}

function toolCallsOf(steps: readonly ScriptStep[]): { tool_calls?: unknown[] } {
  const calls = steps.flatMap((step) =>
    step.kind === "tool-call"
      ? [{ function: { name: step.name, arguments: JSON.parse(step.arguments) as unknown } }]
      : [],
  );
  return calls.length === 0 ? {} : { tool_calls: calls };
}

function joined(steps: readonly ScriptStep[], kind: "text" | "reasoning"): string {
  return steps.map((step) => (step.kind === kind ? step.deltas.join("") : "")).join("");
}

function line(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
