/**
 * Writes a rendered answer to the socket with the script's pacing and faults. Formats stay pure
 * (script in, frames out); everything about time and broken connections lives here.
 */
import { once } from "node:events";
import type { ServerResponse } from "node:http";
import { setImmediate as yieldToEventLoop, setTimeout as sleep } from "node:timers/promises";
import { type Script, stampPlaceholder } from "./script.js";
import type { WireFormat } from "./wire.js";

/** Batches are written this large at full speed: few syscalls, yet no long blocking of the loop. */
const batchBytes = 16 * 1024;

export async function writeStream(
  response: ServerResponse,
  format: WireFormat,
  script: Script,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<void> {
  const { faults, pacing } = script;
  const stream = format.stream(script);
  response.writeHead(200, { ...headers, "content-type": format.contentType, "cache-control": "no-cache" });
  response.flushHeaders();

  let buffer = "";
  let tokens = 0;
  let firstTokenAt: number | undefined;
  let malformedPending = faults.malformedAfter !== undefined;
  const flush = async () => {
    if (buffer === "") return;
    const drained = response.write(buffer);
    buffer = "";
    if (!drained) await once(response, "drain", { signal });
  };
  const injectMalformed = () => {
    buffer += stream.malformedFrame();
    malformedPending = false;
  };

  for (const frame of stream.frames) {
    if (frame.kind !== "meta") {
      // Faults fire before the (n+1)th token, or before the finish frames of a shorter answer.
      if (faults.dropAfter !== undefined && (frame.kind === "finish" || tokens >= faults.dropAfter)) {
        await dropConnection(response, buffer);
        return;
      }
      if (faults.errorAfter !== undefined && (frame.kind === "finish" || tokens >= faults.errorAfter)) {
        buffer += stream.errorFrame(faults.errorMessage);
        break;
      }
      if (frame.kind === "finish" && malformedPending) injectMalformed();
    }
    if (frame.kind === "token") {
      if (firstTokenAt === undefined) {
        await flush();
        if (pacing.firstTokenDelayMs > 0) await sleep(pacing.firstTokenDelayMs, undefined, { signal });
        firstTokenAt = performance.now();
      }
      if (pacing.tokensPerSecond > 0) {
        // Scheduled against the first token's time, so timer lateness does not add up over a long stream.
        const wait = firstTokenAt + (tokens * 1000) / pacing.tokensPerSecond - performance.now();
        if (wait > 0) {
          await flush();
          await sleep(wait, undefined, { signal });
        }
      }
      tokens++;
    }
    buffer +=
      script.stamp && frame.kind === "token"
        ? frame.data.replace(stampPlaceholder, (performance.timeOrigin + performance.now()).toFixed(3))
        : frame.data;
    if (frame.kind === "token" && malformedPending && tokens === faults.malformedAfter) injectMalformed();
    if (buffer.length >= batchBytes) {
      await flush();
      await yieldToEventLoop(undefined, { signal });
    }
  }
  await flush();
  response.end();
}

/** Sends what was produced, then cuts the connection the way a crashed upstream would. */
async function dropConnection(response: ServerResponse, pending: string): Promise<void> {
  if (pending !== "") await new Promise<void>((resolve) => response.write(pending, () => resolve()));
  response.destroy();
}

/** The non-streaming answer: the same faults, expressed on a single JSON body. */
export async function writeBody(
  response: ServerResponse,
  format: WireFormat,
  script: Script,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<void> {
  const { faults, pacing } = script;
  // A non-streaming call waits for the whole generation, so it takes as long as the stream would.
  const tokens = script.usage.outputTokens;
  const generationMs = pacing.tokensPerSecond > 0 ? (tokens * 1000) / pacing.tokensPerSecond : 0;
  const waitMs = pacing.firstTokenDelayMs + generationMs;
  if (waitMs > 0) await sleep(waitMs, undefined, { signal });
  if (faults.dropAfter !== undefined) {
    response.destroy();
    return;
  }
  const body = JSON.stringify(format.body(script));
  response.writeHead(200, { ...headers, "content-type": "application/json" });
  response.end(faults.malformedAfter === undefined ? body : body.slice(0, Math.floor(body.length / 2)));
}
