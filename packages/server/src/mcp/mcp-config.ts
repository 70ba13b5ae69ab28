import { createHash } from "node:crypto";
import type { McpServerStatus, ToolRisk } from "@covalt/contracts";

/**
 * What Covalt stores about one MCP server, without secret values: secrets only appear by name
 * here and are read separately (`McpServerStore.secrets`).
 */
export type McpTransportConfig =
  | {
      type: "stdio";
      command: string;
      args: string[];
      env: Record<string, string>;
      /** Names of environment variables whose values live in the vault. */
      secretEnvKeys: string[];
      cwd?: string | undefined;
    }
  | {
      type: "http";
      url: string;
      /** Names of headers; every header value lives in the vault. */
      headerNames: string[];
    };

export interface McpServerRecord {
  id: string;
  name: string;
  transport: McpTransportConfig;
  enabled: boolean;
  trusted: boolean;
  startup: "lazy" | "eager";
  origin: "user" | "import";
  /** The fingerprint the user consented to, or null before any consent. */
  consentFingerprint: string | null;
  createdAt: number;
  updatedAt: number;
}

/** Secret values of one server, decrypted: only the server side ever sees these. */
export interface McpServerSecrets {
  env: Record<string, string>;
  headers: Record<string, string>;
}

/** A transport as a create/update request gives it: secret values, or null to keep the stored one. */
export type McpTransportInput =
  | {
      type: "stdio";
      command: string;
      args?: string[] | undefined;
      env?: Record<string, string> | undefined;
      secretEnv?: Record<string, string | null> | undefined;
      cwd?: string | undefined;
    }
  | { type: "http"; url: string; headers?: Record<string, string | null> | undefined };

export interface McpServerInput {
  name: string;
  transport: McpTransportInput;
  enabled?: boolean | undefined;
  trusted?: boolean | undefined;
  startup?: "lazy" | "eager" | undefined;
  origin?: "user" | "import" | undefined;
}

export interface McpServerPatch {
  name?: string | undefined;
  transport?: McpTransportInput | undefined;
  enabled?: boolean | undefined;
  trusted?: boolean | undefined;
  startup?: "lazy" | "eager" | undefined;
}

/** One tool as the server last listed it. */
export interface McpToolSnapshot {
  name: string;
  title?: string | undefined;
  description: string;
  inputSchema: Record<string, unknown>;
  annotations?: McpToolAnnotations | undefined;
}

export interface McpToolAnnotations {
  title?: string | undefined;
  readOnlyHint?: boolean | undefined;
  destructiveHint?: boolean | undefined;
  idempotentHint?: boolean | undefined;
  openWorldHint?: boolean | undefined;
}

export interface McpServerState {
  id: string;
  status: McpServerStatus;
  lastError?: string | undefined;
  stderr: string[];
  toolCount: number;
  changedTools: string[];
  /** Which transport the live connection uses, when connected. */
  connectedVia?: "stdio" | "streamable-http" | "sse" | undefined;
  /** Process id of a running stdio server. */
  pid?: number | undefined;
}

/** JSON with object keys sorted, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * What the user consents to before a stdio server may start: sha256 over the command, its
 * arguments, the full environment it gets (secret values included, so swapping one needs consent
 * again) and the working directory. HTTP servers start no process; their fingerprint covers the URL
 * and header names.
 */
export function launchFingerprint(transport: McpTransportConfig, secrets: McpServerSecrets): string {
  if (transport.type === "http") {
    return sha256(canonicalJson({ type: "http", url: transport.url, headers: [...transport.headerNames].sort() }));
  }
  return sha256(
    canonicalJson({
      type: "stdio",
      command: transport.command,
      args: transport.args,
      env: { ...transport.env, ...pick(secrets.env, transport.secretEnvKeys) },
      cwd: transport.cwd ?? null,
    }),
  );
}

/** What a tool's approval covers: the description the model reads and the arguments it may pass. */
export function toolFingerprint(tool: Pick<McpToolSnapshot, "description" | "inputSchema">): string {
  return sha256(canonicalJson({ description: tool.description, inputSchema: tool.inputSchema }));
}

/**
 * Risk from the tool's annotations (hints, not guarantees): an open-world tool reaches the
 * network, a read-only closed-world one only reads, anything else may change things.
 */
export function riskOf(annotations: McpToolAnnotations | undefined): ToolRisk {
  if (annotations?.openWorldHint === true) return "network";
  if (annotations?.readOnlyHint === true) return "read";
  return "write";
}

function pick(values: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key] ?? ""]));
}
