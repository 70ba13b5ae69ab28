import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { ClientSocketMessage, type RunEventEnvelope, type ServerSocketMessage } from "@covalt/contracts";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import type { AppEventBus } from "../events/app-event-bus.js";
import {
  type HostPolicy,
  isRequestHostAllowed,
  presentedToken,
  tokenCookieName,
  tokenMatches,
} from "../http/request-security.js";
import type { Logger } from "../logging/logger.js";
import type { RunService } from "../runs/run-service.js";

export interface SocketServerOptions {
  server: Server;
  token: string;
  hostPolicy: HostPolicy;
  runs: RunService;
  events: AppEventBus;
  logger: Logger;
}

const eventsPath = "/api/events";

/**
 * One WebSocket per UI client at `/api/events`, guarded exactly like the HTTP API (Host, Origin,
 * token cookie). It multiplexes the runs a client subscribes to, resumable from any seq, and
 * every app-wide event.
 */
export function attachSocketServer(options: SocketServerOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  options.server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = refuse(request, options);
    if (refusal !== undefined) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => serveClient(client, options));
  });
  return {
    close() {
      for (const client of sockets.clients) client.close(1001, "server shutting down");
      sockets.close();
    },
  };
}

function refuse(request: IncomingMessage, options: SocketServerOptions): string | undefined {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname !== eventsPath) return "404 Not Found";
  const host = request.headers.host;
  if (host === undefined || !isRequestHostAllowed(host, options.hostPolicy)) return "403 Forbidden";
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return "403 Forbidden";
  const cookie = parseCookie(request.headers.cookie ?? "", tokenCookieName);
  if (!tokenMatches(presentedToken(request.headers.authorization, cookie), options.token)) return "401 Unauthorized";
  return undefined;
}

function serveClient(client: WebSocket, options: SocketServerOptions): void {
  const subscriptions = new Map<string, () => void>();
  const send = (message: ServerSocketMessage) => {
    if (client.readyState === client.OPEN) client.send(JSON.stringify(message));
  };
  const stopAppEvents = options.events.subscribe((envelope) => send({ type: "app-event", envelope }));

  const subscribe = (runId: string, after: number) => {
    subscriptions.get(runId)?.();
    const forward = (envelope: RunEventEnvelope) => {
      send({ type: "run-event", envelope });
      if (envelope.event.type === "run-end") subscriptions.get(runId)?.();
    };
    const live = options.runs.registry.get(runId);
    if (live !== undefined) {
      subscriptions.set(runId, live.subscribe(after, forward));
      return;
    }
    const stored = options.runs.storedEvents(runId, after);
    if (stored === undefined) {
      send({ type: "subscription-error", runId, code: "not-found", message: `There is no run ${runId}.` });
      return;
    }
    for (const envelope of stored) forward(envelope);
  };

  client.on("message", (data) => {
    let message: ClientSocketMessage;
    try {
      message = ClientSocketMessage.parse(JSON.parse(textOf(data)));
    } catch {
      options.logger.debug("ignored a malformed socket message");
      return;
    }
    if (message.type === "subscribe-run") subscribe(message.runId, message.after);
    else {
      subscriptions.get(message.runId)?.();
      subscriptions.delete(message.runId);
    }
  });
  client.on("close", () => {
    stopAppEvents();
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  });
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.from(new Uint8Array(data)).toString("utf8");
}

function parseCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}
