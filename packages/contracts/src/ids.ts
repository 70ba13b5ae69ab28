import { z } from "zod";

/**
 * Every entity id is a prefixed, time-sortable string (`chat_…`, `msg_…`, `run_…`): the prefix
 * makes a stray id self-explaining in logs, the sortable tail keeps keyset pagination cheap.
 */
export const idPrefixes = {
  chat: "chat",
  message: "msg",
  run: "run",
  agent: "agent",
  provider: "prov",
  mcpServer: "mcp",
  toolset: "tset",
  manifest: "mfst",
  attachment: "att",
  approval: "appr",
} as const;

export type IdKind = keyof typeof idPrefixes;

const idTail = "[0-9a-z]{10,40}";

function prefixedId(kind: IdKind) {
  return z
    .string()
    .regex(new RegExp(`^${idPrefixes[kind]}_${idTail}$`), `must be a ${kind} id (${idPrefixes[kind]}_…)`);
}

export const ChatId = prefixedId("chat");
export const MessageId = prefixedId("message");
export const RunId = prefixedId("run");
export const AgentId = prefixedId("agent");
export const ProviderId = prefixedId("provider");

/**
 * A model is addressed by an object, never a joined string: model ids legitimately contain `:`
 * and `/` (`llama3:8b`, `org/model`).
 */
export const ModelRef = z.object({
  providerId: z.string().min(1),
  modelId: z.string().min(1),
});
export type ModelRef = z.infer<typeof ModelRef>;
