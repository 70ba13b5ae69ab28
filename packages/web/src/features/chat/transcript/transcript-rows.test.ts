import type { PagedMessage } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { estimateRowHeight, rowKey, transcriptRows } from "./transcript-rows.js";

function message(id: string, role: "user" | "assistant", text: string): PagedMessage {
  return {
    id,
    chatId: "chat_1",
    parentId: null,
    role,
    content: { seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text }] },
    status: "complete",
    runId: null,
    model: null,
    createdAt: 1,
    siblings: { ids: [id], index: 0 },
  };
}

describe("transcript rows", () => {
  const messages = [message("m1", "user", "Hi"), message("m2", "assistant", "Hello")];

  it("adds edge rows only where more of the branch exists, and marks the branch end", () => {
    const full = transcriptRows({ messages, olderCursor: null, reachesLeaf: true });
    expect(full.map(rowKey)).toEqual(["m1", "m2"]);
    expect(full[1]).toMatchObject({ branchEnd: true });

    const middle = transcriptRows({ messages, olderCursor: "m1", reachesLeaf: false });
    expect(middle.map(rowKey)).toEqual(["older", "m1", "m2", "newer"]);
    expect(middle[2]).toMatchObject({ branchEnd: false });
  });

  it("guesses taller rows for longer text", () => {
    const short = estimateRowHeight({ kind: "message", message: messages[1] as PagedMessage, branchEnd: false });
    const long = estimateRowHeight({
      kind: "message",
      message: message("m3", "assistant", "word ".repeat(400)),
      branchEnd: false,
    });
    expect(long).toBeGreaterThan(short * 5);
  });
});
