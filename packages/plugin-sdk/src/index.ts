/**
 * What plugin authors import. Each `define*` helper checks nothing at run time: it exists so a
 * plugin's definition is typed against the contract the host runs it with.
 */
import type { NodeDefinition, ToolImplementation } from "@covalt/contracts";

export type {
  ChatHistoryMessage,
  ChatToolExchange,
  ChatTrigger,
  LanguageModelPort,
  ModelStreamPart,
  ModelToolDefinition,
  ModelToolSet,
  NodeDefinition,
  NodeExecutionContext,
  NodeServices,
  ProviderManifest,
  RunFailure,
  SafeFetch,
  ToolCallOutcome,
  ToolCallRequest,
  ToolContext,
  ToolImplementation,
  ToolPort,
} from "@covalt/contracts";

export const pluginApiVersion = 1;

export function defineNode<Config>(definition: NodeDefinition<Config>): NodeDefinition<Config> {
  return definition;
}

/** One tool of a toolset; the file that holds it default-exports the result. */
export function defineTool<Args = Record<string, unknown>>(
  implementation: ToolImplementation<Args>,
): ToolImplementation<Args> {
  return implementation;
}

/** A failure the user can act on (bad config, missing model): shown with its code, not as a crash. */
export function nodeFailure(
  code: "flow-invalid" | "model-not-found" | "validation-failed",
  message: string,
): Error & { code: string; retryable: boolean } {
  return Object.assign(new Error(message), { code, retryable: false });
}
