import type { AppEvent } from "@covalt/contracts";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { eventSocket } from "./browser-event-socket.js";
import type { SocketStatus } from "./event-socket.js";

/** Calls `listener` for every app event while the component is mounted; the latest closure wins. */
export function useAppEvents(listener: (event: AppEvent) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(
    () =>
      eventSocket.onAppEvent((event) => {
        latest.current(event);
      }),
    [],
  );
}

/** Calls `listener` whenever a dropped socket comes back (events sent meanwhile were missed). */
export function useSocketReconnect(listener: () => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(
    () =>
      eventSocket.onReconnect(() => {
        latest.current();
      }),
    [],
  );
}

export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(
    (onChange) => eventSocket.onStatus(onChange),
    () => eventSocket.status,
  );
}
