import type { PagedMessage } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import {
  appendMessages,
  isBranchEnd,
  joinWindows,
  lastUserMessage,
  mergeNewestPage,
  prependOlderPage,
  windowAbove,
  type MessageWindow,
} from "./message-window.js";

/** A linear branch m1 → m2 → … with alternating roles. */
function message(index: number, parent: number | null = index - 1): PagedMessage {
  const id = `m${index}`;
  return {
    id,
    chatId: "chat_1",
    parentId: parent === null || parent < 1 ? null : `m${parent}`,
    role: index % 2 === 1 ? "user" : "assistant",
    content: { seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text: id }] },
    status: "complete",
    runId: null,
    model: null,
    createdAt: index,
    siblings: { ids: [id], index: 0 },
  };
}

function range(from: number, to: number): PagedMessage[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => message(from + offset));
}

const ids = (held: MessageWindow) => held.messages.map((item) => item.id);

describe("message window", () => {
  it("refreshes with the newest page, keeping the older pages it meets", () => {
    const current: MessageWindow = { messages: range(1, 6), olderCursor: null, reachesLeaf: true };
    const next = mergeNewestPage(current, { messages: range(4, 8), olderCursor: "m4" });
    expect(ids(next)).toEqual(["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"]);
    expect(next.olderCursor).toBeNull();
    // Unchanged messages keep their identity, so their rows stay memoized.
    expect(next.messages[0]).toBe(current.messages[0]);
  });

  it("replaces the window when the newest page does not meet it (another branch, a long run elsewhere)", () => {
    const current: MessageWindow = { messages: range(1, 4), olderCursor: null, reachesLeaf: true };
    const next = mergeNewestPage(current, { messages: range(20, 24), olderCursor: "m20" });
    expect(ids(next)).toEqual(["m20", "m21", "m22", "m23", "m24"]);
    expect(next.olderCursor).toBe("m20");
  });

  it("prepends an older page that ends right above the window, and ignores one for a stale cursor", () => {
    const current: MessageWindow = { messages: range(6, 8), olderCursor: "m6", reachesLeaf: true };
    const older = { messages: range(3, 5), olderCursor: "m3" };
    const next = prependOlderPage(current, older, "m6");
    expect(ids(next)).toEqual(["m3", "m4", "m5", "m6", "m7", "m8"]);
    expect(next.olderCursor).toBe("m3");
    expect(prependOlderPage(next, older, "m6")).toBe(next);
  });

  it("joins stretches that overlap, touch, or cover each other, and refuses disjoint ones", () => {
    const upper: MessageWindow = { messages: range(1, 3), olderCursor: null, reachesLeaf: true };
    const touching: MessageWindow = { messages: range(4, 5), olderCursor: "m4", reachesLeaf: false };
    expect(ids(joinWindows(upper, touching) ?? upper)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
    expect(joinWindows(upper, touching)?.reachesLeaf).toBe(false);
    const covering: MessageWindow = { messages: range(1, 5), olderCursor: null, reachesLeaf: true };
    expect(ids(joinWindows({ ...upper, messages: range(2, 3) }, covering) ?? upper)).toHaveLength(5);
    const far: MessageWindow = { messages: range(9, 10), olderCursor: "m9", reachesLeaf: true };
    expect(joinWindows(upper, far)).toBeUndefined();
  });

  it("cuts the window above a message that starts a new branch, keeping the cursor", () => {
    const current: MessageWindow = { messages: range(5, 9), olderCursor: "m5", reachesLeaf: true };
    expect(ids(windowAbove(current, "m7"))).toEqual(["m5", "m6"]);
    const empty = windowAbove(current, "m5");
    expect(empty.messages).toEqual([]);
    expect(empty.olderCursor).toBe("m5");
  });

  it("appends new messages once, and knows the last user message and the branch end", () => {
    const current: MessageWindow = { messages: range(1, 2), olderCursor: null, reachesLeaf: true };
    const added = appendMessages(current, range(3, 4));
    expect(ids(added)).toEqual(["m1", "m2", "m3", "m4"]);
    expect(appendMessages(added, range(3, 4))).toBe(added);
    expect(lastUserMessage(added)?.id).toBe("m3");
    expect(isBranchEnd(added, "m4")).toBe(true);
    expect(isBranchEnd({ ...added, reachesLeaf: false }, "m4")).toBe(false);
  });
});
