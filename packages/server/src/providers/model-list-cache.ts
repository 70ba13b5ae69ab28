import { isRunFailure, type ModelInfo, type RunFailure } from "@covalt/contracts";

const freshForMs = 60_000;

/** Live model listings are slow and rarely change: keep each provider's list for a minute. */
export class ModelListCache {
  readonly #entries = new Map<string, { at: number; models: Promise<ModelInfo[]> }>();

  get(providerId: string, load: () => Promise<ModelInfo[]>): Promise<ModelInfo[]> {
    const entry = this.#entries.get(providerId);
    if (entry !== undefined && Date.now() - entry.at < freshForMs) return entry.models;
    const models = load();
    this.#entries.set(providerId, { at: Date.now(), models });
    // A failed listing is not cached: the next request tries again.
    models.catch(() => this.#entries.delete(providerId));
    return models;
  }

  forget(providerId: string): void {
    this.#entries.delete(providerId);
  }
}

export function isRunFailureError(value: unknown): value is RunFailure & Error {
  return value instanceof Error && isRunFailure(value);
}
