import type { AppEvent, ClientSocketMessage, RunEventEnvelope } from "@covalt/contracts";
import { parseServerMessage } from "./parse-server-message.js";
import { reconnectDelay } from "./reconnect-delay.js";

export interface SocketHandlers {
  onOpen: () => void;
  onMessage: (data: unknown) => void;
  onClose: () => void;
}

export interface SocketConnection {
  send: (data: string) => void;
  close: () => void;
}

/** Opens the transport; injected so the routing and reconnect logic run without a browser. */
export type OpenSocket = (handlers: SocketHandlers) => SocketConnection;

/** Runs `callback` after `ms`; returns a cancel function. */
export type Schedule = (callback: () => void, ms: number) => () => void;

export interface RunSubscription {
  runId: string;
  /**
   * The seq of the content the caller holds. Read on every (re)subscribe, so a reconnect resumes
   * exactly after the last event applied: nothing lost, nothing repeated.
   */
  currentSeq: () => number;
  onEnvelope: (envelope: RunEventEnvelope) => void;
  onError?: (error: { code: string; message: string }) => void;
}

export type SocketStatus = "idle" | "connecting" | "open" | "reconnecting";

const defaultSchedule: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => {
    clearTimeout(timer);
  };
};

/**
 * The one `/api/events` connection of this client: multiplexes run streams and app events,
 * reconnects with backoff and resubscribes every run from the seq its subscriber holds.
 */
export class EventSocket {
  private connection: SocketConnection | undefined;
  private cancelRetry: (() => void) | undefined;
  private attempt = 0;
  private wasOpen = false;
  private currentStatus: SocketStatus = "idle";
  /** One subscriber per run: the live-run hook owns each run's stream. */
  private readonly runs = new Map<string, RunSubscription>();
  private readonly appListeners = new Set<(event: AppEvent) => void>();
  private readonly statusListeners = new Set<(status: SocketStatus) => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private readonly openSocket: OpenSocket;
  private readonly schedule: Schedule;

  constructor(options: { open: OpenSocket; schedule?: Schedule }) {
    this.openSocket = options.open;
    this.schedule = options.schedule ?? defaultSchedule;
  }

  get status(): SocketStatus {
    return this.currentStatus;
  }

  subscribeRun(subscription: RunSubscription): () => void {
    this.runs.set(subscription.runId, subscription);
    if (this.currentStatus === "open") this.sendSubscribe(subscription);
    else this.ensureConnected();
    return () => {
      if (this.runs.get(subscription.runId) !== subscription) return;
      this.runs.delete(subscription.runId);
      if (this.currentStatus === "open") this.send({ type: "unsubscribe-run", runId: subscription.runId });
    };
  }

  onAppEvent(listener: (event: AppEvent) => void): () => void {
    this.appListeners.add(listener);
    this.ensureConnected();
    return () => {
      this.appListeners.delete(listener);
    };
  }

  onStatus(listener: (status: SocketStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  /** Called after a dropped connection comes back: app events sent meanwhile were missed. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => {
      this.reconnectListeners.delete(listener);
    };
  }

  dispose(): void {
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    const connection = this.connection;
    this.connection = undefined;
    connection?.close();
    this.runs.clear();
    this.appListeners.clear();
    this.setStatus("idle");
  }

  private ensureConnected(): void {
    if (this.connection !== undefined || this.cancelRetry !== undefined) return;
    this.connect();
  }

  private connect(): void {
    this.cancelRetry = undefined;
    this.setStatus(this.wasOpen ? "reconnecting" : "connecting");
    const connection = this.openSocket({
      onOpen: () => {
        if (this.connection !== connection) return;
        const reconnected = this.wasOpen;
        this.attempt = 0;
        this.wasOpen = true;
        this.setStatus("open");
        for (const subscription of this.runs.values()) this.sendSubscribe(subscription);
        if (reconnected) for (const listener of this.reconnectListeners) listener();
      },
      onMessage: (data) => {
        if (this.connection === connection) this.route(data);
      },
      onClose: () => {
        if (this.connection !== connection) return;
        this.connection = undefined;
        this.setStatus(this.wasOpen ? "reconnecting" : "connecting");
        const delay = reconnectDelay(this.attempt);
        this.attempt += 1;
        this.cancelRetry = this.schedule(() => {
          this.connect();
        }, delay);
      },
    });
    this.connection = connection;
  }

  private route(data: unknown): void {
    const message = parseServerMessage(data);
    switch (message.kind) {
      case "run-event":
        this.runs.get(message.envelope.runId)?.onEnvelope(message.envelope);
        return;
      case "app-event":
        for (const listener of this.appListeners) listener(message.event);
        return;
      case "subscription-error":
        this.runs.get(message.runId)?.onError?.({ code: message.code, message: message.message });
        return;
      case "ignored":
        return;
    }
  }

  private sendSubscribe(subscription: RunSubscription): void {
    this.send({ type: "subscribe-run", runId: subscription.runId, after: subscription.currentSeq() });
  }

  private send(message: ClientSocketMessage): void {
    this.connection?.send(JSON.stringify(message));
  }

  private setStatus(status: SocketStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }
}
