import type { AppEvent, AppEventEnvelope } from "@covalt/contracts";

type Listener = (envelope: AppEventEnvelope) => void;

/** App-wide events (chat updates, workspace changes, MCP status) fanned out to every socket. */
export class AppEventBus {
  readonly #listeners = new Set<Listener>();

  publish(event: AppEvent): void {
    const envelope: AppEventEnvelope = { v: 1, time: new Date().toISOString(), event };
    for (const listener of this.#listeners) listener(envelope);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
