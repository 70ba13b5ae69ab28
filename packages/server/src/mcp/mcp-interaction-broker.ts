import type {
  AppEvent,
  AnswerMcpInteractionRequest,
  McpElicitationContent,
  McpElicitationSchema,
  McpInteraction,
  McpInteractionAnswer,
  McpSamplingMessage,
  ModelRef,
} from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import type {
  CreateMessageRequest,
  CreateMessageResult,
  ElicitRequest,
  ElicitResult,
} from "@modelcontextprotocol/sdk/types.js";
import { generateText, type ModelMessage } from "ai";
import { newId } from "../ids/new-id.js";
import type { McpClientCallbacks } from "./mcp-connection.js";

/** How long a request waits for the user before it is answered `cancel` (servers have their own timeouts too). */
export const interactionTimeoutMs = 10 * 60_000;
/** The longest a sampling completion may run once approved. */
const samplingTimeoutMs = 120_000;

/** JSON-RPC error code MCP uses when the user rejects a sampling request. */
const userRejectedCode = -1;

export interface McpInteractionBrokerOptions {
  events: { publish(event: AppEvent): void };
  /** The server's display name. */
  serverName(serverId: string): string;
  /** The chat whose tool call is running on that server, if any (see `McpHost.chatOf`). */
  chatOf(serverId: string): string | undefined;
  /** The model sampling runs on: the chat's model, else the title model; undefined when there is none. */
  modelFor(chatId: string | undefined): ModelRef | undefined;
  languageModel(model: ModelRef): LanguageModelV3;
  timeoutMs?: number | undefined;
}

interface Pending {
  interaction: McpInteraction;
  timer: NodeJS.Timeout;
  answer(request: AnswerMcpInteractionRequest): Promise<McpInteractionAnswer>;
}

/**
 * Holds MCP elicitation and sampling requests until the user answers them. Each request is
 * published as `mcp-interaction-request`, answered through `answer()` (the HTTP route), and
 * finished with `mcp-interaction-end`; unanswered requests end as `cancel` after ten minutes.
 */
export class McpInteractionBroker {
  readonly #options: McpInteractionBrokerOptions;
  readonly #pending = new Map<string, Pending>();

  constructor(options: McpInteractionBrokerOptions) {
    this.#options = options;
  }

  /** What to hand to `McpHost` so servers reach the user. */
  readonly callbacks: McpClientCallbacks = {
    onElicitation: (serverId, params) => this.#elicit(serverId, params),
    onSampling: (serverId, params) => this.#sample(serverId, params),
  };

  /** Requests waiting for an answer, oldest first. */
  pending(): McpInteraction[] {
    return [...this.#pending.values()].map((entry) => entry.interaction);
  }

  /** Answers a request; fails with `not-found` when it is no longer pending. */
  answer(requestId: string, request: AnswerMcpInteractionRequest): Promise<McpInteractionAnswer> {
    const pending = this.#pending.get(requestId);
    if (pending === undefined) {
      throw new CovaltError("not-found", "This MCP request is no longer waiting (it was answered or timed out).");
    }
    return pending.answer(request);
  }

  /** Cancels everything still waiting (shutdown). */
  close(): void {
    for (const pending of [...this.#pending.values()]) pending.answer({ action: "cancel" }).catch(() => undefined);
  }

  #elicit(serverId: string, params: ElicitRequest["params"]): Promise<ElicitResult> {
    if (!("requestedSchema" in params)) {
      // URL-mode elicitation (open a page) is not supported yet.
      return Promise.resolve({ action: "decline" });
    }
    return new Promise<ElicitResult>((resolve) => {
      const schema = params.requestedSchema as McpElicitationSchema;
      this.#open(serverId, { kind: "elicitation", message: params.message, requestedSchema: schema }, (request) => {
        if (request.action !== "accept") {
          resolve({ action: request.action });
          return Promise.resolve({ outcome: request.action });
        }
        const content = checkContent(schema, request.content ?? {});
        resolve({ action: "accept", content });
        return Promise.resolve({ outcome: "accept" });
      });
    });
  }

  #sample(serverId: string, params: CreateMessageRequest["params"]): Promise<CreateMessageResult> {
    return new Promise<CreateMessageResult>((resolve, reject) => {
      const chatId = this.#options.chatOf(serverId);
      const messages = params.messages.map(samplingMessageOf);
      this.#open(
        serverId,
        {
          kind: "sampling",
          messages,
          ...(params.systemPrompt === undefined ? {} : { systemPrompt: params.systemPrompt }),
          maxTokens: params.maxTokens,
        },
        async (request) => {
          if (request.action !== "accept") {
            reject(rpcError(userRejectedCode, "The user declined the sampling request."));
            return { outcome: request.action };
          }
          const model = this.#options.modelFor(chatId);
          if (model === undefined) {
            const error = "No model to sample with: the request is not tied to a chat and no title model is set.";
            reject(rpcError(userRejectedCode, error));
            return { outcome: "error", error };
          }
          try {
            const result = await this.#complete(model, params, messages);
            resolve(result);
            return { outcome: "accept", text: result.content.type === "text" ? result.content.text : "" };
          } catch (error) {
            const text = `Sampling failed: ${error instanceof Error ? error.message : String(error)}`;
            reject(new Error(text));
            return { outcome: "error", error: text };
          }
        },
        chatId,
      );
    });
  }

  async #complete(
    model: ModelRef,
    params: CreateMessageRequest["params"],
    messages: McpSamplingMessage[],
  ): Promise<CreateMessageResult> {
    const result = await generateText({
      model: this.#options.languageModel(model),
      ...(params.systemPrompt === undefined ? {} : { system: params.systemPrompt }),
      messages: messages.map((message): ModelMessage => ({ role: message.role, content: message.text })),
      maxOutputTokens: params.maxTokens,
      ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
      ...(params.stopSequences === undefined ? {} : { stopSequences: params.stopSequences }),
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(samplingTimeoutMs),
    });
    return {
      role: "assistant",
      content: { type: "text", text: result.text },
      model: model.modelId,
      stopReason: result.finishReason === "length" ? "maxTokens" : "endTurn",
    };
  }

  /** Registers, publishes and times out one request; `settle` runs once, with the user's answer. */
  #open(
    serverId: string,
    fields: Omit<McpInteraction, "requestId" | "serverId" | "serverName" | "createdAt" | "chatId">,
    settle: (request: AnswerMcpInteractionRequest) => Promise<McpInteractionAnswer>,
    chatId: string | undefined = this.#options.chatOf(serverId),
  ): void {
    const requestId = newId("approval");
    const interaction: McpInteraction = {
      requestId,
      serverId,
      serverName: this.#options.serverName(serverId),
      ...(chatId === undefined ? {} : { chatId }),
      createdAt: new Date().toISOString(),
      ...fields,
    };
    const timer = setTimeout(() => {
      this.#pending
        .get(requestId)
        ?.answer({ action: "cancel" })
        .catch(() => undefined);
    }, this.#options.timeoutMs ?? interactionTimeoutMs);
    timer.unref();
    let answering = false;
    this.#pending.set(requestId, {
      interaction,
      timer,
      answer: async (request) => {
        if (answering) throw new CovaltError("conflict", "This MCP request is already being answered.");
        answering = true;
        let answer: McpInteractionAnswer;
        try {
          answer = await settle(request);
        } catch (error) {
          // A rejected form (validation) leaves the request pending so the user can correct it.
          answering = false;
          throw error;
        }
        this.#pending.delete(requestId);
        clearTimeout(timer);
        this.#options.events.publish({ type: "mcp-interaction-end", requestId, ...answer });
        return answer;
      },
    });
    this.#options.events.publish({ type: "mcp-interaction-request", ...interaction });
  }
}

function samplingMessageOf(message: CreateMessageRequest["params"]["messages"][number]): McpSamplingMessage {
  const parts = Array.isArray(message.content) ? message.content : [message.content];
  const text = parts
    .map((part) => {
      if (part.type === "text") return part.text;
      return "mimeType" in part ? `[${part.type} content (${part.mimeType})]` : `[${part.type} content]`;
    })
    .join("\n");
  return { role: message.role, text };
}

/**
 * Checks accepted form values against the requested schema: required fields present, each value
 * of its property's type and within its enum. Fails with `validation-failed` naming the field.
 */
export function checkContent(schema: McpElicitationSchema, content: McpElicitationContent): McpElicitationContent {
  const checked: McpElicitationContent = {};
  for (const name of schema.required ?? []) {
    const value = content[name];
    if (value === undefined || value === "") {
      throw new CovaltError("validation-failed", `"${schema.properties[name]?.title ?? name}" is required.`);
    }
  }
  for (const [name, value] of Object.entries(content)) {
    const property = schema.properties[name];
    if (property === undefined) continue;
    const label = property.title ?? name;
    const ok =
      property.type === "string"
        ? typeof value === "string" && (property.enum === undefined || property.enum.includes(value))
        : property.type === "number"
          ? typeof value === "number" && Number.isFinite(value)
          : property.type === "integer"
            ? typeof value === "number" && Number.isInteger(value)
            : property.type === "boolean"
              ? typeof value === "boolean"
              : property.type === "array"
                ? Array.isArray(value)
                : true;
    if (!ok) throw new CovaltError("validation-failed", `"${label}" must be a valid ${property.type}.`);
    checked[name] = value;
  }
  return checked;
}

function rpcError(code: number, message: string): Error {
  // The SDK answers a thrown error with its `code` when it is an integer.
  return Object.assign(new Error(message), { code });
}
