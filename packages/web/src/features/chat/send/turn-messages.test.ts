import type { PagedMessage } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import type { MessageWindow } from "../history/message-window.js";
import { appendEditedTurn, appendRetriedAnswer, appendSentTurn, continuedAnswer } from "./turn-messages.js";

const model = { providerId: "prov_0123456789", modelId: "org/model:latest" };

function message(id: string, parentId: string | null, role: "user" | "assistant", siblings = [id]): PagedMessage {
  return {
    id,
    chatId: "chat_1",
    parentId,
    role,
    content: { seq: 4, status: "complete", blocks: [{ type: "text", id: "text", text: id }] },
    status: "complete",
    runId: role === "assistant" ? `run_${id}` : null,
    model: role === "assistant" ? model : null,
    createdAt: 1,
    siblings: { ids: siblings, index: siblings.indexOf(id) },
  };
}

const held: MessageWindow = {
  messages: [message("u1", null, "user"), message("a1", "u1", "assistant", ["a0", "a1"])],
  olderCursor: null,
  reachesLeaf: true,
};
const response = { runId: "run_new", userMessageId: "u2", assistantMessageId: "a2" };

describe("turn messages", () => {
  it("shows the files sent along as attachment blocks after the text, as the server adds them", () => {
    const attachments = [{ path: "attachments/cat.png", name: "cat.png", size: 2048, mimeType: "image/png" }];
    const next = appendSentTurn(held, { chatId: "chat_1", text: "Look", model, response, now: 5, attachments });
    expect(next?.messages[2]?.content.blocks).toEqual([
      { type: "text", id: "text", text: "Look" },
      {
        type: "attachment",
        id: "attachment-0",
        name: "cat.png",
        mimeType: "image/png",
        size: 2048,
        path: "attachments/cat.png",
      },
    ]);
  });

  it("appends a sent turn under the branch end: the user's text and an empty streaming answer", () => {
    const next = appendSentTurn(held, { chatId: "chat_1", text: "Hi", model, response, now: 5 });
    expect(next?.messages.map((item) => [item.id, item.parentId, item.status])).toEqual([
      ["u1", null, "complete"],
      ["a1", "u1", "complete"],
      ["u2", "a1", "complete"],
      ["a2", "u2", "streaming"],
    ]);
    expect(next?.messages[3]?.content).toEqual({ seq: 0, status: "streaming", blocks: [] });
    expect(
      appendSentTurn({ ...held, reachesLeaf: false }, { chatId: "chat_1", text: "Hi", model, response, now: 5 }),
    ).toBeUndefined();
  });

  it("puts an edited question beside the original as its newest sibling", () => {
    const edited = held.messages[0] as PagedMessage;
    const next = appendEditedTurn(held, edited, { chatId: "chat_1", text: "Better", model, response, now: 5 });
    expect(next.messages.map((item) => item.id)).toEqual(["u2", "a2"]);
    expect(next.messages[0]?.parentId).toBeNull();
    expect(next.messages[0]?.siblings).toEqual({ ids: ["u1", "u2"], index: 1 });
  });

  it("adds a retried answer as the newest sibling, with the model it was asked of", () => {
    const retried = held.messages[1] as PagedMessage;
    const other = { providerId: "prov_other", modelId: "gpt-test" };
    const next = appendRetriedAnswer(held, retried, {
      runId: "run_r",
      assistantMessageId: "a3",
      model: other,
      now: 9,
    });
    expect(next?.messages.map((item) => item.id)).toEqual(["u1", "a3"]);
    expect(next?.messages[1]?.siblings).toEqual({ ids: ["a0", "a1", "a3"], index: 2 });
    expect(next?.messages[1]?.model).toEqual(other);
  });

  it("restarts a continued answer at seq 0 under the new run, keeping its blocks", () => {
    const answer = held.messages[1] as PagedMessage;
    const continued = continuedAnswer(answer, "run_more");
    expect(continued.runId).toBe("run_more");
    expect(continued.content.seq).toBe(0);
    expect(continued.content.status).toBe("streaming");
    expect(continued.content.blocks).toBe(answer.content.blocks);
  });
});
