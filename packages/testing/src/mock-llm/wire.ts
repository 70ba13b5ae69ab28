/** Pieces every wire format shares: frames, SSE framing and ids. */
import { randomBytes } from "node:crypto";
import type { Script } from "./script.js";

/**
 * One unit written to the socket. `token` frames carry a delta and are what pacing, `drop-after`
 * and the other faults count; `finish` frames end the answer (finish reason, usage, `[DONE]`).
 */
export interface Frame {
  data: string;
  kind: "meta" | "token" | "finish";
}

/** One streamed answer in one wire format. */
export interface WireStream {
  frames: Iterable<Frame>;
  /** A chunk that is syntactically broken in this format (cut-off JSON). */
  malformedFrame: () => string;
  /** The provider's own in-stream error event. */
  errorFrame: (message: string) => string;
}

export interface WireFormat {
  contentType: string;
  stream: (script: Script) => WireStream;
  /** The non-streaming (`stream: false`) response body. */
  body: (script: Script) => unknown;
}

export const sseContentType = "text/event-stream; charset=utf-8";

export function sseData(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

export function sseEvent(name: string, value: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(value)}\n\n`;
}

export function randomId(prefix: string): string {
  return prefix + randomBytes(12).toString("hex");
}

export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function meta(data: string): Frame {
  return { data, kind: "meta" };
}

export function token(data: string): Frame {
  return { data, kind: "token" };
}

export function finish(data: string): Frame {
  return { data, kind: "finish" };
}
