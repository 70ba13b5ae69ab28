import { AppEvent, ServerSocketMessage, type RunEventEnvelope } from "@covalt/contracts";

export type RoutedSocketMessage =
  | { kind: "run-event"; envelope: RunEventEnvelope }
  | { kind: "app-event"; event: AppEvent }
  | { kind: "subscription-error"; runId: string; code: string; message: string }
  | { kind: "ignored" };

/**
 * Turns one frame from `/api/events` into something the client acts on. Anything it cannot
 * read — a newer message type, a malformed frame — is ignored rather than breaking the stream.
 */
export function parseServerMessage(data: unknown): RoutedSocketMessage {
  if (typeof data !== "string") return { kind: "ignored" };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { kind: "ignored" };
  }
  const parsed = ServerSocketMessage.safeParse(json);
  if (!parsed.success) return { kind: "ignored" };
  const message = parsed.data;
  switch (message.type) {
    case "run-event":
      // Loose on the wire so newer event types get through; the reducer skips the ones it does not know.
      return { kind: "run-event", envelope: message.envelope as RunEventEnvelope };
    case "app-event": {
      // The frame parses loosely; only events (and values) this client knows are acted on.
      const event = AppEvent.safeParse(message.envelope.event);
      return event.success ? { kind: "app-event", event: event.data } : { kind: "ignored" };
    }
    case "subscription-error":
      return { kind: "subscription-error", runId: message.runId, code: message.code, message: message.message };
  }
}
