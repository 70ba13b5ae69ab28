import type { McpServerStatus } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { askableServers, isAskableServer, isStarting } from "./askable-servers.js";

function server(status: McpServerStatus, extra: { enabled?: boolean; consented?: boolean } = {}) {
  return { id: status, status, enabled: extra.enabled ?? true, consented: extra.consented ?? true };
}

describe("askableServers", () => {
  it("asks connected and connecting servers, and lazy servers that have not started yet", () => {
    const all = (["ready", "connecting", "idle", "error", "needs-auth", "needs-consent", "disabled"] as const).map(
      (status) => server(status),
    );
    expect(askableServers(all).map((entry) => entry.id)).toEqual(["ready", "connecting", "idle"]);
  });

  it("never asks a server that is switched off or not allowed to start", () => {
    expect(isAskableServer(server("idle", { enabled: false }))).toBe(false);
    expect(isAskableServer(server("idle", { consented: false }))).toBe(false);
    expect(isAskableServer(server("ready", { consented: false }))).toBe(false);
  });

  it("keeps a lazy server in the list while asking starts it", () => {
    const steps = (["idle", "connecting", "ready"] as const).map((status) => askableServers([server(status)]).length);
    expect(steps).toEqual([1, 1, 1]);
    expect(isStarting(server("idle"))).toBe(true);
    expect(isStarting(server("ready"))).toBe(false);
  });
});
