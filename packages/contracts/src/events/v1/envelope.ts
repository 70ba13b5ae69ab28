import { z } from "zod";
import { chatEvents } from "./chat.js";
import { errorEvents } from "./error.js";
import { mcpEvents } from "./mcp.js";
import { mcpInteractionEvents } from "./mcp-interaction.js";
import { memberRunEvents } from "./member-run.js";
import { messageEvents } from "./message.js";
import { nodeEvents } from "./node.js";
import { reasoningEvents } from "./reasoning.js";
import { runEvents } from "./run.js";
import { textEvents } from "./text.js";
import { toolEvents } from "./tool.js";
import { usageEvents } from "./usage.js";
import { workspaceEvents } from "./workspace.js";

export const RunEvent = z.discriminatedUnion("type", [
  ...runEvents,
  ...messageEvents,
  ...textEvents,
  ...reasoningEvents,
  ...toolEvents,
  ...memberRunEvents,
  ...nodeEvents,
  ...usageEvents,
  ...workspaceEvents,
  ...errorEvents,
]);
export type RunEvent = z.infer<typeof RunEvent>;
export type RunEventType = RunEvent["type"];

const envelopeFields = {
  v: z.literal(1),
  /** Strictly increasing within a run, starting at 1: the resume cursor (`after=seq`). */
  seq: z.number().int().positive(),
  time: z.iso.datetime(),
  chatId: z.string().optional(),
  runId: z.string(),
  /** The innermost member run (sub-agent or node) this event belongs to, if any. */
  memberRunId: z.string().optional(),
};

export const RunEventEnvelope = z.object({ ...envelopeFields, event: RunEvent });
export type RunEventEnvelope = z.infer<typeof RunEventEnvelope>;

/**
 * Envelope as received from the wire by a client that may be older than the server: the event is
 * only known to have a `type`. Newer event types pass through and are ignored by the reducer.
 */
export const LooseRunEventEnvelope = z.object({
  ...envelopeFields,
  event: z.looseObject({ type: z.string() }),
});
export type LooseRunEventEnvelope = z.infer<typeof LooseRunEventEnvelope>;

/** Events that are not part of any run (workspace edits by the user, MCP server status, chat updates). */
export const AppEvent = z.discriminatedUnion("type", [
  ...workspaceEvents,
  ...mcpEvents,
  ...chatEvents,
  ...mcpInteractionEvents,
]);
export type AppEvent = z.infer<typeof AppEvent>;

export const AppEventEnvelope = z.object({
  v: z.literal(1),
  time: z.iso.datetime(),
  event: AppEvent,
});
export type AppEventEnvelope = z.infer<typeof AppEventEnvelope>;

/** An app event as a possibly older client receives it: only known to have a `type`. */
export const LooseAppEventEnvelope = z.object({
  v: z.literal(1),
  time: z.iso.datetime(),
  event: z.looseObject({ type: z.string() }),
});
export type LooseAppEventEnvelope = z.infer<typeof LooseAppEventEnvelope>;
