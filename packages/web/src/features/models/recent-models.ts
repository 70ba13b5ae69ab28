import type { ModelRef } from "@covalt/contracts";
import { sameModel } from "./model-ref.js";

export const maxRecentModels = 5;

/** Moves `model` to the front, without duplicates, keeping at most `limit` entries. */
export function rememberRecent(recents: readonly ModelRef[], model: ModelRef, limit = maxRecentModels): ModelRef[] {
  const entry = { providerId: model.providerId, modelId: model.modelId };
  return [entry, ...recents.filter((recent) => !sameModel(recent, model))].slice(0, limit);
}
