import type { Chat } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { appendSentTurn } from "./append-sent-turn.js";

const chat: Chat = { id: "chat_0123456789", title: "", model: null, activeLeafId: null, createdAt: 1, updatedAt: 1 };
const turn = {
  text: "Hi there",
  model: { providerId: "prov_0123456789", modelId: "org/model:latest" },
  response: { runId: "run_0123456789", userMessageId: "msg_user000001", assistantMessageId: "msg_asst000001" },
  now: 5,
};

describe("appendSentTurn", () => {
  it("adds the user message and an empty streaming answer under the server's ids", () => {
    const next = appendSentTurn({ chat, messages: [] }, turn);
    expect(next.messages.map((message) => [message.id, message.role, message.status, message.parentId])).toEqual([
      ["msg_user000001", "user", "complete", null],
      ["msg_asst000001", "assistant", "streaming", "msg_user000001"],
    ]);
    expect(next.messages[1]?.runId).toBe("run_0123456789");
    expect(next.messages[1]?.content).toEqual({ seq: 0, status: "streaming", blocks: [] });
    expect(next.chat.model).toEqual(turn.model);
  });

  it("leaves data that already holds the turn untouched", () => {
    const once = appendSentTurn({ chat, messages: [] }, turn);
    expect(appendSentTurn(once, turn)).toBe(once);
  });
});
