import { z } from "zod";
import { LooseAppEventEnvelope, LooseRunEventEnvelope } from "../events/v1/envelope.js";

/**
 * The `/api/events` WebSocket: one per UI client, multiplexing run streams (subscribed per run,
 * resumable from any seq) and app-wide events (workspace changes, MCP status, chat updates).
 */
export const ClientSocketMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("subscribe-run"),
    runId: z.string(),
    /** Replay starts after this seq: pass the seq of the content you already hold. */
    after: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal("unsubscribe-run"), runId: z.string() }),
]);
export type ClientSocketMessage = z.infer<typeof ClientSocketMessage>;

export const ServerSocketMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("run-event"), envelope: LooseRunEventEnvelope }),
  // Loose on purpose: events added in a later v1 must not make an older client drop the frame.
  z.object({ type: z.literal("app-event"), envelope: LooseAppEventEnvelope }),
  z.object({
    type: z.literal("subscription-error"),
    runId: z.string(),
    code: z.string(),
    message: z.string(),
  }),
]);
export type ServerSocketMessage = z.infer<typeof ServerSocketMessage>;
