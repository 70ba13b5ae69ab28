import type { Chat } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { groupChatsByDate } from "./chat-date-groups.js";

function chat(id: string, updatedAt: number): Chat {
  return { id, title: id, model: null, activeLeafId: null, tools: [], createdAt: updatedAt, updatedAt };
}

describe("groupChatsByDate", () => {
  it("buckets newest-first chats by day, keeping their order", () => {
    const now = new Date(2025, 5, 15, 14, 0).getTime();
    const at = (daysAgo: number, hour = 10) => new Date(2025, 5, 15 - daysAgo, hour).getTime();
    const groups = groupChatsByDate(
      [
        chat("a", at(0, 13)),
        chat("b", at(0, 1)),
        chat("c", at(1)),
        chat("d", at(5)),
        chat("e", at(20)),
        chat("f", at(90)),
      ],
      now,
    );
    expect(groups.map((group) => [group.label, group.chats.map((item) => item.id)])).toEqual([
      ["Today", ["a", "b"]],
      ["Yesterday", ["c"]],
      ["Previous 7 days", ["d"]],
      ["Previous 30 days", ["e"]],
      ["Older", ["f"]],
    ]);
  });
});
