import type { AppEvent } from "@covalt/contracts";
import type { ProgressUpdate } from "@covalt/core";
import type { McpServerRecord, McpServerState } from "./mcp-config.js";
import type { McpClientCallbacks, McpConnectionTimings } from "./mcp-connection.js";
import type { McpServerStore } from "./mcp-server-store.js";

export interface McpHostOptions {
  store: McpServerStore;
  /** Where `mcp-status` events go (the app event bus). */
  events?: { publish(event: AppEvent): void } | undefined;
  callbacks?: McpClientCallbacks | undefined;
  timings?: Partial<McpConnectionTimings> | undefined;
  clientInfo?: { name: string; version: string } | undefined;
  /** Longest a tool call may run when its descriptor has no timeout. Default 60 s. */
  defaultToolTimeoutMs?: number | undefined;
  /** Longest a run waits for a selected server that has not listed its tools yet. Default 20 s. */
  prepareTimeoutMs?: number | undefined;
  /**
   * Covalt's own address (`http://127.0.0.1:<port>`), for the OAuth redirect; known once the server
   * listens (`setBaseUrl`). Without it, HTTP servers get no OAuth (the CLI).
   */
  baseUrl?: string | undefined;
}

export interface McpCallOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((update: ProgressUpdate) => void) | undefined;
  timeoutMs?: number | undefined;
  /** The chat the call runs for: elicitation and sampling during the call are attributed to it. */
  context?: { chatId: string } | undefined;
}

export type McpServerInfo = McpServerRecord &
  McpServerState & {
    fingerprint: string;
    consented: boolean;
    /** OAuth tokens are stored for this server (it can be signed out). */
    signedIn: boolean;
  };
