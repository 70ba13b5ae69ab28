import { EventSocket, type OpenSocket } from "./event-socket.js";

/** Same origin as the page, so the token cookie authenticates the upgrade like any API call. */
function eventsUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/api/events`;
}

const openBrowserSocket: OpenSocket = (handlers) => {
  const socket = new WebSocket(eventsUrl());
  socket.addEventListener("open", handlers.onOpen);
  socket.addEventListener("message", (event: MessageEvent<unknown>) => {
    handlers.onMessage(event.data);
  });
  // An error is always followed by close; reconnecting from close alone avoids doing it twice.
  socket.addEventListener("close", handlers.onClose);
  return {
    send: (data) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(data);
    },
    close: () => {
      socket.close();
    },
  };
};

/** The app's single event socket; it connects on first use, after the connection gate let the app in. */
export const eventSocket = new EventSocket({ open: openBrowserSocket });
