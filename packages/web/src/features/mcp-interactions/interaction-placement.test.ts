import type { McpInteraction } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { belongsToCall, dialogInteraction, dialogOwner, withClaims } from "./interaction-placement.js";

function interaction(requestId: string, chatId?: string): McpInteraction {
  return {
    requestId,
    serverId: "mcp_1",
    serverName: "Everything",
    kind: "elicitation",
    createdAt: "2026-01-01T00:00:00.000Z",
    ...(chatId === undefined ? {} : { chatId }),
  };
}

describe("withClaims", () => {
  it("gives a request to the first owner that claims it and keeps it there", () => {
    const first = withClaims({}, "card-a", ["appr_1"]);
    expect(first).toEqual({ appr_1: "card-a" });
    expect(withClaims(first, "card-b", ["appr_1", "appr_2"])).toEqual({ appr_1: "card-a", appr_2: "card-b" });
  });

  it("releases what an owner no longer shows, and only its own", () => {
    const placements = { appr_1: "card-a", appr_2: "card-a", appr_3: dialogOwner };
    expect(withClaims(placements, "card-a", ["appr_2"])).toEqual({ appr_2: "card-a", appr_3: dialogOwner });
    expect(withClaims(placements, "card-a", [])).toEqual({ appr_3: dialogOwner });
  });

  it("returns the same object when nothing changes", () => {
    const placements = { appr_1: "card-a" };
    expect(withClaims(placements, "card-a", ["appr_1"])).toBe(placements);
    expect(withClaims(placements, "card-b", ["appr_1"])).toBe(placements);
    expect(withClaims(placements, "card-b", [])).toBe(placements);
  });
});

describe("belongsToCall", () => {
  const site = { chatId: "chat_1", serverId: "mcp_1", running: true };

  it("matches a running call of the request's server in the request's chat", () => {
    expect(belongsToCall(interaction("appr_1", "chat_1"), site)).toBe(true);
  });

  it("does not match another chat, another server, a finished call or a request without a chat", () => {
    expect(belongsToCall(interaction("appr_1", "chat_2"), site)).toBe(false);
    expect(belongsToCall(interaction("appr_1", "chat_1"), { ...site, serverId: "mcp_2" })).toBe(false);
    expect(belongsToCall(interaction("appr_1", "chat_1"), { ...site, serverId: undefined })).toBe(false);
    expect(belongsToCall(interaction("appr_1", "chat_1"), { ...site, running: false })).toBe(false);
    expect(belongsToCall(interaction("appr_1"), { ...site, chatId: null })).toBe(false);
  });
});

describe("dialogInteraction", () => {
  const none = new Set<string>();

  it("shows the oldest request nobody shows inline", () => {
    const queue = [interaction("appr_1", "chat_1"), interaction("appr_2", "chat_2"), interaction("appr_3")];
    const choice = dialogInteraction(queue, { appr_1: "card-a" }, { openChatId: undefined, graceOver: none });
    expect(choice).toEqual({ interaction: queue[1], waiting: [] });
  });

  it("lets a request of the open chat wait for its card until the grace period is over", () => {
    const queue = [interaction("appr_1", "chat_1"), interaction("appr_2")];
    expect(dialogInteraction(queue, {}, { openChatId: "chat_1", graceOver: none })).toEqual({
      interaction: queue[1],
      waiting: ["appr_1"],
    });
    expect(dialogInteraction(queue, {}, { openChatId: "chat_1", graceOver: new Set(["appr_1"]) })).toEqual({
      interaction: queue[0],
      waiting: [],
    });
  });

  it("keeps showing the request the dialog already shows, even when an older one comes free", () => {
    const queue = [interaction("appr_1"), interaction("appr_2")];
    const choice = dialogInteraction(queue, { appr_2: dialogOwner }, { openChatId: undefined, graceOver: none });
    expect(choice.interaction).toBe(queue[1]);
  });

  it("shows nothing when every request is inline or waiting", () => {
    const queue = [interaction("appr_1", "chat_1"), interaction("appr_2", "chat_1")];
    expect(dialogInteraction(queue, { appr_1: "card-a" }, { openChatId: "chat_1", graceOver: none })).toEqual({
      interaction: undefined,
      waiting: ["appr_2"],
    });
  });
});
