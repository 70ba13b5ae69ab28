import type { Chat } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { withPendingPatches } from "./chat-update.js";

const chat: Chat = {
  id: "c1",
  title: "Old title",
  model: { providerId: "p", modelId: "m" },
  activeLeafId: null,
  tools: [],
  createdAt: 1,
  updatedAt: 1,
};

describe("withPendingPatches", () => {
  it("shows the chat's unsaved changes in the order they were made, leaving other fields alone", () => {
    const shown = withPendingPatches(chat, [
      { chatId: "c1", patch: { tools: ["toolset:files"] } },
      { chatId: "c1", patch: { title: "New title" } },
      { chatId: "c1", patch: { tools: ["toolset:files", "toolset:web"] } },
    ]);
    expect(shown).toEqual({ ...chat, title: "New title", tools: ["toolset:files", "toolset:web"] });
  });

  it("ignores other chats' changes and keeps the same object when nothing applies", () => {
    expect(withPendingPatches(chat, [{ chatId: "c2", patch: { title: "Elsewhere" } }])).toBe(chat);
  });

  it("applies a cleared model", () => {
    expect(withPendingPatches(chat, [{ chatId: "c1", patch: { model: null } }]).model).toBeNull();
  });
});
