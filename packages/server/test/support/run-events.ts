import type { RunEventEnvelope } from "@covalt/contracts";
import { testAuthToken, type RunningCovalt } from "./running-covalt.js";

/**
 * Follows a run's SSE stream until an event matches, then hangs up. For runs that wait (an
 * approval request) and so never close their stream on their own.
 */
export async function waitForEvent(
  covalt: RunningCovalt,
  runId: string,
  matches: (envelope: RunEventEnvelope) => boolean,
  timeoutMs = 10_000,
): Promise<RunEventEnvelope> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no matching event of ${runId} within ${timeoutMs} ms`)),
    timeoutMs,
  );
  try {
    const response = await fetch(`${covalt.server.url}/api/runs/${runId}/events`, {
      headers: { authorization: `Bearer ${testAuthToken}` },
      signal: controller.signal,
    });
    if (response.body === null) throw new Error("SSE without a body");
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const chunk of response.body) {
      buffered += decoder.decode(chunk as Uint8Array, { stream: true });
      let end = buffered.indexOf("\n\n");
      while (end !== -1) {
        const record = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = record
          .split("\n")
          .filter((line) => line.startsWith("data: "))
          .map((line) => line.slice(6))
          .join("\n");
        if (data !== "") {
          const envelope = JSON.parse(data) as RunEventEnvelope;
          if (matches(envelope)) return envelope;
        }
        end = buffered.indexOf("\n\n");
      }
    }
    throw new Error(`the stream of ${runId} ended without a matching event`);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export type ApprovalRequest = Extract<RunEventEnvelope["event"], { type: "tool-approval-request" }>;

export async function nextApproval(covalt: RunningCovalt, runId: string, toolCallIndex = 0): Promise<ApprovalRequest> {
  let seen = 0;
  const envelope = await waitForEvent(
    covalt,
    runId,
    (candidate) => candidate.event.type === "tool-approval-request" && seen++ === toolCallIndex,
  );
  return envelope.event as ApprovalRequest;
}
