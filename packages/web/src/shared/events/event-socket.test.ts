import type { RunEventEnvelope } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { EventSocket, type SocketHandlers } from "./event-socket.js";

function harness() {
  const connections: { handlers: SocketHandlers; sent: unknown[]; closed: boolean }[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const socket = new EventSocket({
    open: (handlers) => {
      const connection = { handlers, sent: [] as unknown[], closed: false };
      connections.push(connection);
      return {
        send: (data) => connection.sent.push(JSON.parse(data)),
        close: () => {
          connection.closed = true;
        },
      };
    },
    schedule: (callback, ms) => {
      timers.push({ callback, ms });
      return () => undefined;
    },
  });
  const latest = () => {
    const connection = connections.at(-1);
    if (connection === undefined) throw new Error("no connection opened");
    return connection;
  };
  return { socket, connections, timers, latest };
}

function runEvent(runId: string, seq: number, event: Record<string, unknown>) {
  return JSON.stringify({
    type: "run-event",
    envelope: { v: 1, seq, time: "2025-01-01T00:00:00.000Z", runId, event },
  });
}

describe("EventSocket", () => {
  it("subscribes once open, from the seq the subscriber holds, and routes envelopes by run", () => {
    const { socket, latest } = harness();
    const received: RunEventEnvelope[] = [];
    socket.subscribeRun({ runId: "run_a", currentSeq: () => 7, onEnvelope: (envelope) => received.push(envelope) });
    expect(latest().sent).toEqual([]);

    latest().handlers.onOpen();
    expect(latest().sent).toEqual([{ type: "subscribe-run", runId: "run_a", after: 7 }]);

    latest().handlers.onMessage(runEvent("run_a", 8, { type: "text-delta", id: "t", delta: "hi" }));
    latest().handlers.onMessage(runEvent("run_other", 1, { type: "run-start", messageId: "m" }));
    expect(received.map((envelope) => envelope.seq)).toEqual([8]);
  });

  it("passes events of unknown types through and ignores frames it cannot read", () => {
    const { socket, latest } = harness();
    const types: string[] = [];
    socket.subscribeRun({
      runId: "run_a",
      currentSeq: () => 0,
      onEnvelope: (envelope) => types.push(envelope.event.type),
    });
    latest().handlers.onOpen();
    latest().handlers.onMessage(runEvent("run_a", 1, { type: "hologram-delta", shimmer: true }));
    latest().handlers.onMessage("not json");
    latest().handlers.onMessage(JSON.stringify({ type: "future-message" }));
    latest().handlers.onMessage(new ArrayBuffer(4));
    expect(types).toEqual(["hologram-delta"]);
  });

  it("delivers app events and subscription errors", () => {
    const { socket, latest } = harness();
    const changes: string[] = [];
    const errors: string[] = [];
    socket.onAppEvent((event) => changes.push(event.type === "chat-update" ? event.change : event.type));
    socket.subscribeRun({
      runId: "run_a",
      currentSeq: () => 0,
      onEnvelope: () => undefined,
      onError: (error) => errors.push(error.code),
    });
    latest().handlers.onOpen();
    latest().handlers.onMessage(
      JSON.stringify({
        type: "app-event",
        envelope: {
          v: 1,
          time: "2025-01-01T00:00:00.000Z",
          event: { type: "chat-update", chatId: "c", change: "title" },
        },
      }),
    );
    latest().handlers.onMessage(
      JSON.stringify({ type: "subscription-error", runId: "run_a", code: "not-found", message: "gone" }),
    );
    expect(changes).toEqual(["title"]);
    expect(errors).toEqual(["not-found"]);
  });

  it("reconnects with backoff and resubscribes from the seq held now", () => {
    const { socket, connections, timers, latest } = harness();
    let seq = 3;
    let reconnects = 0;
    socket.onReconnect(() => (reconnects += 1));
    socket.subscribeRun({ runId: "run_a", currentSeq: () => seq, onEnvelope: () => undefined });
    latest().handlers.onOpen();
    expect(socket.status).toBe("open");

    seq = 12;
    latest().handlers.onClose();
    expect(socket.status).toBe("reconnecting");
    expect(timers).toHaveLength(1);
    timers[0]?.callback();
    expect(connections).toHaveLength(2);

    latest().handlers.onOpen();
    expect(latest().sent).toEqual([{ type: "subscribe-run", runId: "run_a", after: 12 }]);
    expect(reconnects).toBe(1);
  });

  it("unsubscribes a run it is subscribed to, and ignores a stale unsubscribe", () => {
    const { socket, latest } = harness();
    socket.onAppEvent(() => undefined);
    latest().handlers.onOpen();
    const first = socket.subscribeRun({ runId: "run_a", currentSeq: () => 0, onEnvelope: () => undefined });
    const second = socket.subscribeRun({ runId: "run_a", currentSeq: () => 4, onEnvelope: () => undefined });
    first();
    second();
    expect(latest().sent).toEqual([
      { type: "subscribe-run", runId: "run_a", after: 0 },
      { type: "subscribe-run", runId: "run_a", after: 4 },
      { type: "unsubscribe-run", runId: "run_a" },
    ]);
  });
});
