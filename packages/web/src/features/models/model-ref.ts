import type { ModelRef } from "@covalt/contracts";

/**
 * A collision-free string for a model, for React keys and Set members. Model ids contain `:` and
 * `/`, so joining with any separator could make two models look alike; JSON cannot.
 */
export function modelKey(ref: ModelRef): string {
  return JSON.stringify([ref.providerId, ref.modelId]);
}

export function sameModel(a: ModelRef | null | undefined, b: ModelRef | null | undefined): boolean {
  if (!a || !b) return false;
  return a.providerId === b.providerId && a.modelId === b.modelId;
}
