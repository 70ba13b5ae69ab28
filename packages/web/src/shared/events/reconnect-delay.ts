const firstDelayMs = 500;
const maxDelayMs = 10_000;

/**
 * Exponential backoff with jitter for the event socket: quick after a blip, never hammering a
 * server that is down, and spread out so many tabs do not reconnect in lockstep.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.75 + random() * 0.5));
}
