/**
 * What plugin authors import. Each `define*` helper checks nothing at run time: it exists so a
 * plugin's definition is typed against the contract the host runs it with.
 */
import type { NodeDefinition } from "@covalt/contracts";

export type {
  ChatHistoryMessage,
  ChatTrigger,
  LanguageModelPort,
  ModelStreamPart,
  NodeDefinition,
  NodeExecutionContext,
  NodeServices,
  ProviderManifest,
  RunFailure,
} from "@covalt/contracts";

export const pluginApiVersion = 1;

export function defineNode<Config>(definition: NodeDefinition<Config>): NodeDefinition<Config> {
  return definition;
}

/** A failure the user can act on (bad config, missing model): shown with its code, not as a crash. */
export function nodeFailure(
  code: "flow-invalid" | "model-not-found" | "validation-failed",
  message: string,
): Error & { code: string; retryable: boolean } {
  return Object.assign(new Error(message), { code, retryable: false });
}
