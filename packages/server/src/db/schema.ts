import type { MessageContent, ModelRef, RunEventEnvelope } from "@covalt/contracts";
import type { McpToolSnapshot, McpTransportConfig } from "../mcp/mcp-config.js";
import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, blob, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "number" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

export const chats = sqliteTable(
  "chats",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull().default(""),
    agentId: text("agent_id"),
    model: text("model", { mode: "json" }).$type<ModelRef>(),
    /** The leaf of the branch the user is on; the transcript is the path from the root to it. */
    activeLeafId: text("active_leaf_id"),
    /** Canonical tool ids and `toolset:<id>` selectors the model may call in this chat. */
    tools: text("tools", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (table) => [index("chats_updated_at").on(table.updatedAt)],
);

export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    chatId: text("chat_id")
      .notNull()
      .references(() => chats.id, { onDelete: "cascade" }),
    /** Null for a root message; siblings share a parent and sort by their (time-ordered) id. */
    parentId: text("parent_id").references((): AnySQLiteColumn => messages.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["user", "assistant", "system"] }).notNull(),
    content: text("content", { mode: "json" }).$type<MessageContent>().notNull(),
    status: text("status", { enum: ["streaming", "complete", "error", "cancelled"] }).notNull(),
    runId: text("run_id"),
    /** The model that wrote an assistant message; null for user messages. */
    model: text("model", { mode: "json" }).$type<ModelRef>(),
    /** The workspace as it was when this message ended (an answer) or was sent (a question). */
    manifestId: text("manifest_id"),
    /** The workspace after the user edited files while this message ended the branch. */
    editedManifestId: text("edited_manifest_id"),
    createdAt: createdAt(),
  },
  (table) => [index("messages_chat_parent").on(table.chatId, table.parentId), index("messages_run").on(table.runId)],
);

export const runs = sqliteTable(
  "runs",
  {
    id: text("id").primaryKey(),
    chatId: text("chat_id")
      .notNull()
      .references(() => chats.id, { onDelete: "cascade" }),
    messageId: text("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["running", "complete", "error", "cancelled", "interrupted"] }).notNull(),
    lastSeq: integer("last_seq").notNull().default(0),
    startedAt: integer("started_at", { mode: "number" }).notNull(),
    endedAt: integer("ended_at", { mode: "number" }),
  },
  (table) => [index("runs_chat").on(table.chatId)],
);

/** The append-only run log: every envelope, so any client can resume from any `seq`. */
export const runEvents = sqliteTable(
  "run_events",
  {
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    envelope: text("envelope", { mode: "json" }).$type<RunEventEnvelope>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.seq] })],
);

/** Configured provider instances. `secrets` maps a field key to its vault ciphertext. */
export const providers = sqliteTable("providers", {
  id: text("id").primaryKey(),
  catalogId: text("catalog_id").notNull(),
  name: text("name").notNull(),
  baseUrl: text("base_url").notNull(),
  fields: text("fields", { mode: "json" }).$type<Record<string, string>>().notNull(),
  secrets: text("secrets", { mode: "json" }).$type<Record<string, string>>().notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** The user's approval overrides: `target` is a canonical tool id or a `toolset:<id>` selector. */
export const toolPolicies = sqliteTable("tool_policies", {
  target: text("target").primaryKey(),
  approval: text("approval", { enum: ["auto", "ask", "deny"] }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** "Allow for this chat" answers: the tool runs without asking again in that chat. */
export const chatToolAllowances = sqliteTable(
  "chat_tool_allowances",
  {
    chatId: text("chat_id")
      .notNull()
      .references(() => chats.id, { onDelete: "cascade" }),
    toolId: text("tool_id").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.chatId, table.toolId] })],
);

/** Every approval decision, by the user or by policy; kept when the chat is deleted. */
export const approvalAudit = sqliteTable(
  "approval_audit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "number" }).notNull(),
    chatId: text("chat_id").notNull(),
    runId: text("run_id").notNull(),
    toolCallId: text("tool_call_id").notNull(),
    toolId: text("tool_id").notNull(),
    outcome: text("outcome", {
      enum: ["allow-once", "allow-chat", "allow-always", "deny", "auto-allowed", "auto-denied", "cancelled"],
    }).notNull(),
    decidedBy: text("decided_by", { enum: ["user", "policy", "chat-allowance"] }).notNull(),
    editedInput: integer("edited_input", { mode: "boolean" }).notNull(),
  },
  (table) => [index("approval_audit_at").on(table.at)],
);

/** Toolsets the user switched off; every other installed toolset is enabled. */
export const disabledToolsets = sqliteTable("disabled_toolsets", {
  toolsetId: text("toolset_id").primaryKey(),
  disabledAt: integer("disabled_at", { mode: "number" }).notNull(),
});

/**
 * Versions of a chat's workspace (packages/server/src/workspace). A row with no base is a keyframe
 * whose `entries` hold every file; any other row holds only what changed since its base, and
 * `depth` counts the deltas back to the keyframe. `entries` is deflated JSON; file contents live
 * in the blob store, addressed by the hashes inside.
 */
export const workspaceManifests = sqliteTable(
  "workspace_manifests",
  {
    id: text("id").primaryKey(),
    chatId: text("chat_id")
      .notNull()
      .references(() => chats.id, { onDelete: "cascade" }),
    baseId: text("base_id"),
    depth: integer("depth").notNull(),
    entries: blob("entries", { mode: "buffer" }).notNull(),
    fileCount: integer("file_count").notNull(),
    totalBytes: integer("total_bytes").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("workspace_manifests_chat").on(table.chatId)],
);

/**
 * Each chat's stat cache (packages/server/src/workspace/stat-cache-store.ts): what the last look
 * at each file saw, so the first snapshot after a restart re-reads only files changed meanwhile.
 * `entries` is deflated JSON. Only an optimisation: a lost or stale row costs re-hashing, never a
 * wrong version, since every entry is checked against the file's stat before it is trusted.
 */
export const workspaceStatCaches = sqliteTable("workspace_stat_caches", {
  chatId: text("chat_id")
    .primaryKey()
    .references(() => chats.id, { onDelete: "cascade" }),
  entries: blob("entries", { mode: "buffer" }).notNull(),
});

/**
 * What each chat's workspace folder holds (packages/server/src/chats/chat-workspaces.ts), kept so
 * a restart knows it: `manifest_id` is the version on disk (null: no files recorded). While the
 * folder is being moved to another version, `moving` is set and `target_manifest_id` names it; a
 * crash in between leaves the flag, and the next start finishes the move.
 */
export const workspaceFolders = sqliteTable("workspace_folders", {
  chatId: text("chat_id")
    .primaryKey()
    .references(() => chats.id, { onDelete: "cascade" }),
  manifestId: text("manifest_id"),
  moving: integer("moving", { mode: "boolean" }).notNull().default(false),
  targetManifestId: text("target_manifest_id"),
});

/**
 * Configured MCP servers (packages/server/src/mcp). `transport` holds the config without secret
 * values (secret env vars and headers appear by name only); `secrets` maps `env:<NAME>` and
 * `header:<name>` to vault ciphertext. A stdio server starts only while `consent_fingerprint`
 * equals the fingerprint of its current command line. `tools` caches the last tool listing.
 */
export const mcpServers = sqliteTable("mcp_servers", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  transport: text("transport", { mode: "json" }).$type<McpTransportConfig>().notNull(),
  secrets: text("secrets", { mode: "json" }).$type<Record<string, string>>().notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull(),
  trusted: integer("trusted", { mode: "boolean" }).notNull(),
  startup: text("startup", { enum: ["lazy", "eager"] }).notNull(),
  origin: text("origin", { enum: ["user", "import"] }).notNull(),
  consentFingerprint: text("consent_fingerprint"),
  tools: text("tools", { mode: "json" }).$type<McpToolSnapshot[]>(),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** Per MCP tool, the sha256 of the description and input schema the user approved (or first saw). */
export const mcpToolApprovals = sqliteTable(
  "mcp_tool_approvals",
  {
    serverId: text("server_id")
      .notNull()
      .references(() => mcpServers.id, { onDelete: "cascade" }),
    toolName: text("tool_name").notNull(),
    fingerprint: text("fingerprint").notNull(),
    approvedAt: integer("approved_at", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.serverId, table.toolName] })],
);
