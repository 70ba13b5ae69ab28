import { CovaltError } from "@covalt/core";
import { newId } from "../ids/new-id.js";
import {
  launchFingerprint,
  type McpServerInput,
  type McpServerPatch,
  type McpServerRecord,
  type McpServerSecrets,
} from "./mcp-config.js";
import { type McpServerStore, resolveTransportInput } from "./mcp-server-store.js";

/**
 * The configured servers, kept in memory over the store, and the consent rule: a stdio server may
 * start only when the user consented to the exact fingerprint of its current launch (command,
 * arguments, environment, folder). Imported servers are created switched off.
 */
export class McpServerConfigs {
  readonly #records = new Map<string, McpServerRecord>();
  readonly #fingerprints = new Map<string, string>();

  constructor(private readonly store: McpServerStore) {
    for (const record of store.list()) this.#records.set(record.id, record);
  }

  all(): McpServerRecord[] {
    return [...this.#records.values()];
  }

  get(id: string): McpServerRecord | undefined {
    return this.#records.get(id);
  }

  require(id: string): McpServerRecord {
    const record = this.#records.get(id);
    if (record === undefined) throw new CovaltError("not-found", `No MCP server "${id}" is configured.`);
    return record;
  }

  create(input: McpServerInput): McpServerRecord {
    const id = newId("mcpServer");
    const { transport, secrets } = resolveTransportInput(input.transport, { env: {}, headers: {} });
    const origin = input.origin ?? "user";
    const record = this.store.insert({
      id,
      record: {
        name: input.name,
        transport,
        enabled: origin === "import" ? false : (input.enabled ?? true),
        trusted: input.trusted ?? false,
        startup: input.startup ?? "lazy",
        origin,
        consentFingerprint: null,
      },
      secrets,
    });
    this.#records.set(id, record);
    return record;
  }

  /** Applies a patch; says whether the server now lives at another address (its tokens must go). */
  update(id: string, patch: McpServerPatch): { record: McpServerRecord; movedAway: boolean } {
    const current = this.require(id);
    let secrets: McpServerSecrets | undefined;
    let transport = current.transport;
    let movedAway = false;
    if (patch.transport !== undefined) {
      ({ transport, secrets } = resolveTransportInput(patch.transport, this.store.secrets(id)));
      const before = current.transport.type === "http" ? current.transport.url : undefined;
      movedAway = transport.type !== "http" || transport.url !== before;
    }
    const record = this.store.update(
      id,
      {
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
        ...(patch.trusted === undefined ? {} : { trusted: patch.trusted }),
        ...(patch.startup === undefined ? {} : { startup: patch.startup }),
        ...(patch.transport === undefined ? {} : { transport }),
      },
      secrets,
    );
    this.#records.set(id, record);
    this.#fingerprints.delete(id);
    return { record, movedAway };
  }

  remove(id: string): void {
    this.store.delete(id);
    this.#records.delete(id);
    this.#fingerprints.delete(id);
  }

  /** The current launch fingerprint: what consent must name. */
  fingerprintOf(id: string): string {
    let fingerprint = this.#fingerprints.get(id);
    if (fingerprint === undefined) {
      fingerprint = launchFingerprint(this.require(id).transport, this.store.secrets(id));
      this.#fingerprints.set(id, fingerprint);
    }
    return fingerprint;
  }

  /** Records consent to exactly the launch the user reviewed; `conflict` if it changed since. */
  consent(id: string, fingerprint: string): McpServerRecord {
    if (fingerprint !== this.fingerprintOf(id)) {
      throw new CovaltError("conflict", "The server's command changed since you reviewed it; review it again.");
    }
    const record = this.store.update(id, { consentFingerprint: fingerprint });
    this.#records.set(id, record);
    return record;
  }

  consented(record: McpServerRecord): boolean {
    return record.transport.type !== "stdio" || record.consentFingerprint === this.fingerprintOf(record.id);
  }

  startable(record: McpServerRecord): boolean {
    return record.enabled && this.consented(record);
  }
}
