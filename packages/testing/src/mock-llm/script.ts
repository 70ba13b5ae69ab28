/**
 * Turns a neutral conversation plus its directives into a `Script`: what to answer (reasoning,
 * text, tool calls), how fast, and which failure to stage. Wire formats only render scripts.
 */
import { randomBytes } from "node:crypto";
import type { Conversation } from "./conversation.js";
import { type MockDirective, parseDirectives } from "./directives.js";
import { generateWords, splitWords } from "./words.js";

export type ScriptStep =
  | { kind: "reasoning"; deltas: readonly string[] }
  | { kind: "text"; deltas: readonly string[] }
  | {
      kind: "tool-call";
      /** Random; each format adds its own prefix (`call_`, `toolu_`, …). */
      id: string;
      name: string;
      arguments: string;
      argumentDeltas: readonly string[];
    };

export interface Script {
  model: string;
  includeUsage: boolean;
  steps: readonly ScriptStep[];
  finishReason: "stop" | "tool-calls";
  usage: { inputTokens: number; outputTokens: number; reasoningTokens: number };
  pacing: { delayMs: number; firstTokenDelayMs: number; tokensPerSecond: number };
  /** Text tokens carry `stampPlaceholder`, replaced with the send time as they are written. */
  stamp: boolean;
  /** When set, the whole answer is this HTTP error. */
  failure?: { status: number; message?: string; retryAfterSeconds?: number };
  faults: { dropAfter?: number; malformedAfter?: number; errorAfter?: number; errorMessage: string };
}

/** The model that reasons even without a directive, for demos of reasoning UIs. */
export const reasoningModelId = "mock-reasoner";

const defaultMalformedAfter = 3;

/** Throws `DirectiveError` when the last user message holds a malformed directive. */
export function buildScript(conversation: Conversation): Script {
  const parsed = parseDirectives(conversation.lastUserText);
  const directive = parsed.directive;
  const echo = parsed.found ? parsed.text.trim() : parsed.text;
  const afterTools = conversation.toolResults.length > 0;
  const steps: ScriptStep[] = [];

  const reasoning = reasoningDeltas(directive, conversation, echo);
  if (reasoning.length > 0) steps.push({ kind: "reasoning", deltas: reasoning });
  // A turn that carries tool results answers them; the directive's tools ran already.
  const text = afterTools
    ? splitWords(conversation.toolResults.map((result) => `Tool ${result.name} returned: ${result.output}`).join("\n"))
    : replyDeltas(directive, echo);
  if (text.length > 0) steps.push({ kind: "text", deltas: text });
  if (!afterTools) steps.push(...(directive.tools ?? []).map((call) => toolCallStep(call.name, call.args ?? {})));

  const outputTokens = steps.reduce(
    (sum, step) => sum + (step.kind === "tool-call" ? step.argumentDeltas.length : step.deltas.length),
    0,
  );
  const script: Script = {
    model: conversation.model,
    includeUsage: conversation.includeUsage,
    steps,
    finishReason: steps.some((step) => step.kind === "tool-call") ? "tool-calls" : "stop",
    usage: { inputTokens: conversation.inputWords, outputTokens, reasoningTokens: reasoning.length },
    pacing: {
      delayMs: directive.delay ?? 0,
      firstTokenDelayMs: directive.firstTokenDelay ?? 0,
      tokensPerSecond: directive.rate ?? 0,
    },
    faults: faultsOf(directive, afterTools),
    stamp: directive.stamp === true,
  };
  if (directive.status !== undefined && !afterTools) {
    script.failure = {
      status: directive.status,
      ...(directive.message !== undefined && { message: directive.message }),
      ...(directive.retryAfter !== undefined && { retryAfterSeconds: directive.retryAfter }),
    };
  }
  return script;
}

function reasoningDeltas(directive: MockDirective, conversation: Conversation, echo: string): string[] {
  const reasoning = directive.reasoning;
  if (typeof reasoning === "number") return generateWords(reasoning, 3);
  if (typeof reasoning === "string") return splitWords(reasoning);
  if (conversation.model !== reasoningModelId) return [];
  return splitWords(`The user wrote ${echo.split(/\s+/).filter(Boolean).length} words; I will answer with them.`);
}

/** Plain ASCII that survives every wire format's JSON encoding unchanged. */
export const stampPlaceholder = "STAMP0000000000000.000";

function replyDeltas(directive: MockDirective, echo: string): string[] {
  if (directive.stamp === true) return Array.from({ length: directive.tokens ?? 100 }, () => `${stampPlaceholder} `);
  if (directive.reply !== undefined) return splitWords(directive.reply);
  if (directive.tokens !== undefined) return generateWords(directive.tokens);
  // A tool-only turn has no text; an otherwise empty message still gets a visible answer.
  if (directive.tools !== undefined) return [];
  return splitWords(echo === "" ? "Mock reply." : echo);
}

/** Failures are staged on the first turn only, so a tool loop's follow-up turn succeeds. */
function faultsOf(directive: MockDirective, afterTools: boolean): Script["faults"] {
  const errorMessage = directive.message ?? "The mock server failed mid-stream.";
  if (afterTools) return { errorMessage };
  const malformed = directive.malformed;
  return {
    errorMessage,
    ...(directive.dropAfter !== undefined && { dropAfter: directive.dropAfter }),
    ...(directive.errorAfter !== undefined && { errorAfter: directive.errorAfter }),
    ...(malformed !== undefined &&
      malformed !== false && { malformedAfter: malformed === true ? defaultMalformedAfter : malformed }),
  };
}

function toolCallStep(name: string, args: unknown): ScriptStep {
  const json = JSON.stringify(args);
  return {
    kind: "tool-call",
    id: randomBytes(12).toString("hex"),
    name,
    arguments: json,
    argumentDeltas: pieces(json),
  };
}

/** Real APIs stream arguments in small pieces; a few pieces exercise the clients' reassembly. */
function pieces(json: string): string[] {
  const size = Math.max(1, Math.ceil(json.length / 4));
  const result: string[] = [];
  for (let start = 0; start < json.length; start += size) result.push(json.slice(start, start + size));
  return result;
}
