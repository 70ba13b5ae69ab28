import type { LanguageModelV3, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import type { LanguageModelPort, ModelStreamPart, ModelStreamRequest } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import { createLanguageModel } from "@covalt/plugin-providers/server";
import { toModelPrompt, toModelTools } from "./model-prompt.js";
import { type FailureContext, ProviderTimeoutError, providerFailure } from "./provider-failure.js";
import type { ProviderService } from "./provider-service.js";
import type { ProviderStore } from "./provider-store.js";

export interface ModelTimeouts {
  /** How long to wait for the provider's first stream part. */
  firstPartMs: number;
  /** How long a stream may stay silent between parts. */
  idleMs: number;
}

/** Cut streams end without a `finish` part; the AI SDK then reports nothing, so we must. */
class StreamEndedEarly extends Error {
  constructor() {
    super("terminated");
  }
}

let streamCount = 0;

/**
 * Streams model answers for flow nodes through the provider spec's `doStream`. Each call resolves
 * the provider fresh (credentials may have changed), links the run's cancel signal, and turns
 * every failure — HTTP status, refused connection, cut stream, silence past the timeout — into a
 * coded run failure.
 */
export class LanguageModelHost implements LanguageModelPort {
  constructor(
    private readonly providers: ProviderService,
    private readonly store: ProviderStore,
    private readonly timeouts: ModelTimeouts,
  ) {}

  async *stream(request: ModelStreamRequest): AsyncIterable<ModelStreamPart> {
    const { model, context } = this.languageModel(request.model.providerId, request.model.modelId);
    const controller = new AbortController();
    const onCancel = () => controller.abort(request.signal.reason);
    request.signal.addEventListener("abort", onCancel, { once: true });
    const watchdog = new SilenceWatchdog(this.timeouts, (afterMs) =>
      controller.abort(new ProviderTimeoutError(afterMs)),
    );
    // Providers number their parts per response ("0", "txt-0"…); the prefix keeps ids unique per turn.
    const prefix = `s${++streamCount}-`;

    try {
      const tools = toModelTools(request.tools);
      const { stream } = await model.doStream({
        prompt: toModelPrompt(request.system, request.messages, request.tools),
        ...(tools === undefined ? {} : { tools, toolChoice: { type: "auto" as const } }),
        abortSignal: controller.signal,
      });
      const reader = stream.getReader();
      let finished = false;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        watchdog.heardFrom();
        const part = toStreamPart(value, prefix);
        if (part === undefined) continue;
        if (part.type === "finish") finished = true;
        yield part;
      }
      if (!finished && !request.signal.aborted) throw new StreamEndedEarly();
    } catch (error) {
      if (request.signal.aborted) return;
      const reason: unknown = controller.signal.reason;
      throw providerFailure(reason instanceof ProviderTimeoutError ? reason : error, context);
    } finally {
      watchdog.stop();
      request.signal.removeEventListener("abort", onCancel);
    }
  }

  /** The provider's model object, e.g. for one-shot completions such as titles. */
  languageModel(providerId: string, modelId: string): { model: LanguageModelV3; context: FailureContext } {
    const provider = this.store.withSecrets(providerId);
    if (provider === undefined) {
      throw new CovaltError(
        "model-not-found",
        "The provider of this model was removed. Pick another model or add the provider again in Settings → Providers.",
      );
    }
    const manifest = this.providers.manifestFor(provider.record);
    const context: FailureContext = { providerName: provider.record.name, baseUrl: provider.record.baseUrl, modelId };
    const model = createLanguageModel(
      manifest.adapter,
      {
        name: provider.record.name,
        baseUrl: provider.record.baseUrl,
        apiKey: provider.secrets.apiKey,
        fields: provider.record.fields,
      },
      modelId,
    );
    return { model, context };
  }
}

/**
 * Aborts a stream that stays silent too long. Noting activity is one assignment per part; a single
 * timer re-arms itself for the remaining time instead of being reset on every token, which at
 * thousands of tokens per second cost more than the tokens.
 */
class SilenceWatchdog {
  #lastHeard = performance.now();
  #limitMs: number;
  #timer: NodeJS.Timeout;

  constructor(
    private readonly timeouts: ModelTimeouts,
    private readonly onSilence: (afterMs: number) => void,
  ) {
    this.#limitMs = timeouts.firstPartMs;
    this.#timer = setTimeout(() => this.check(), this.#limitMs);
  }

  heardFrom(): void {
    this.#lastHeard = performance.now();
    this.#limitMs = this.timeouts.idleMs;
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  private check(): void {
    const silentFor = performance.now() - this.#lastHeard;
    if (silentFor >= this.#limitMs) this.onSilence(this.#limitMs);
    else this.#timer = setTimeout(() => this.check(), this.#limitMs - silentFor);
  }
}

function toStreamPart(part: LanguageModelV3StreamPart, prefix: string): ModelStreamPart | undefined {
  switch (part.type) {
    case "text-start":
    case "text-end":
    case "reasoning-start":
    case "reasoning-end":
      return { type: part.type, id: prefix + part.id };
    case "text-delta":
    case "reasoning-delta":
      return part.delta === "" ? undefined : { type: part.type, id: prefix + part.id, delta: part.delta };
    case "tool-input-start":
      return { type: "tool-input-start", toolCallId: part.id, toolName: part.toolName };
    case "tool-input-delta":
      return part.delta === "" ? undefined : { type: "tool-input-delta", toolCallId: part.id, delta: part.delta };
    case "tool-call":
      return { type: "tool-call", toolCallId: part.toolCallId, toolName: part.toolName, input: part.input };
    case "finish": {
      const { inputTokens, outputTokens } = part.usage;
      return {
        type: "finish",
        reason: part.finishReason.unified,
        usage: {
          inputTokens: inputTokens.total ?? 0,
          outputTokens: outputTokens.total ?? 0,
          ...(outputTokens.reasoning === undefined ? {} : { reasoningTokens: outputTokens.reasoning }),
          ...(inputTokens.cacheRead === undefined ? {} : { cachedInputTokens: inputTokens.cacheRead }),
        },
      };
    }
    case "error":
      throw part.error;
    default:
      return undefined;
  }
}
