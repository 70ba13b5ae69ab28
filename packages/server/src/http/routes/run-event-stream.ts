import type { RunEventEnvelope } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Hono } from "hono";
import type { RunService } from "../../runs/run-service.js";

/**
 * `GET /api/runs/:runId/events?after=N` as Server-Sent Events, for scripts and the CLI: one
 * envelope per `data:` line, the SSE `id` is the seq, `Last-Event-ID` works like `after`. Live
 * runs stream until `run-end`; finished runs are replayed from the persisted log.
 */
export function registerRunEventStream(app: Hono, runs: RunService): void {
  app.get("/api/runs/:runId/events", (context) => {
    const runId = context.req.param("runId");
    const after = parseAfter(context.req.query("after") ?? context.req.header("last-event-id"));
    const live = runs.registry.get(runId);
    const stored = live === undefined ? runs.storedEvents(runId, after) : undefined;
    if (live === undefined && stored === undefined) throw new CovaltError("not-found", `There is no run ${runId}.`);

    const encoder = new TextEncoder();
    let unsubscribe: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // The live run already coalesces token deltas per loop turn, so each envelope is written as is.
        const send = (envelope: RunEventEnvelope) => {
          controller.enqueue(encoder.encode(`id: ${envelope.seq}\ndata: ${JSON.stringify(envelope)}\n\n`));
          if (envelope.event.type === "run-end") {
            queueMicrotask(() => unsubscribe?.());
            controller.close();
          }
        };
        if (live !== undefined) {
          unsubscribe = live.subscribe(after, send);
          return;
        }
        for (const envelope of stored ?? []) send(envelope);
        if (stored?.at(-1)?.event.type !== "run-end") controller.close();
      },
      cancel() {
        unsubscribe?.();
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        "x-accel-buffering": "no",
      },
    });
  });
}

function parseAfter(value: string | undefined): number {
  if (value === undefined || value === "") return 0;
  const after = Number(value);
  if (!Number.isInteger(after) || after < 0) {
    throw new CovaltError("validation-failed", "`after` (or Last-Event-ID) must be a whole number ≥ 0.");
  }
  return after;
}
