import type { McpInteraction } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { applyInteractionEvent } from "./interaction-queue.js";

const first: McpInteraction = {
  requestId: "appr_1",
  serverId: "mcp_1",
  serverName: "Everything",
  kind: "elicitation",
  createdAt: "2026-01-01T00:00:00.000Z",
  message: "Who are you?",
};

describe("applyInteractionEvent", () => {
  it("adds a request once and removes it when it ends", () => {
    const added = applyInteractionEvent([], { type: "mcp-interaction-request", ...first });
    expect(added).toEqual([first]);
    expect(applyInteractionEvent(added, { type: "mcp-interaction-request", ...first })).toEqual([first]);
    expect(
      applyInteractionEvent(added, { type: "mcp-interaction-end", requestId: "appr_1", outcome: "cancel" }),
    ).toEqual([]);
  });

  it("ignores other events", () => {
    expect(applyInteractionEvent([first], { type: "mcp-status", serverId: "mcp_1", status: "ready" })).toEqual([first]);
  });
});
