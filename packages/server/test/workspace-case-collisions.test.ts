import type { Chat, ToolCallBlock, WorkspaceTree } from "@covalt/contracts";
import { mockDirective } from "@covalt/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { newChat, transcript, useChatServer } from "./support/chat-fixture.js";

const server = useChatServer();

beforeAll(async () => {
  await server.covalt.api("PUT", "/api/tool-policies", { target: "toolset:files", approval: "auto" });
});

type Answer = { error?: { code: string; message: string } };

async function filesChat(): Promise<Chat> {
  const chat = await newChat(server.covalt);
  await server.covalt.api("PATCH", `/api/chats/${chat.id}`, { tools: ["toolset:files"] });
  return chat;
}

const save = (chatId: string, path: string, content: string, baseHash: string | null) =>
  server.covalt.api<Answer>("PUT", `/api/chats/${chatId}/workspace/file`, {
    path,
    content,
    baseHash,
    encoding: "utf8",
  });

async function paths(chatId: string): Promise<string[]> {
  const { body } = await server.covalt.api<WorkspaceTree>("GET", `/api/chats/${chatId}/workspace`);
  return body.entries.map((entry) => entry.path);
}

describe("workspace names that differ only by case, over HTTP", () => {
  it("answers 409 workspace-conflict naming the existing path, for writes, renames and folders", async () => {
    const chat = await filesChat();
    expect((await save(chat.id, "README.md", "# Hello", null)).status).toBe(200);
    expect((await save(chat.id, "src/a.ts", "a", null)).status).toBe(200);

    const write = await save(chat.id, "readme.md", "other", null);
    expect(write.status).toBe(409);
    expect(write.body.error).toEqual({
      code: "workspace-conflict",
      message:
        "`readme.md` would clash with `README.md` on case-insensitive disks (macOS, Windows), where names that " +
        "differ only in case are one file; pick another name or use `README.md`.",
    });

    const rename = await server.covalt.api<Answer>("POST", `/api/chats/${chat.id}/workspace/rename`, {
      from: "src/a.ts",
      to: "SRC/a.ts",
    });
    expect(rename.status).toBe(409);
    expect(rename.body.error?.code).toBe("workspace-conflict");
    expect(rename.body.error?.message).toContain("`SRC/a.ts` would clash with `src`");

    const folder = await server.covalt.api<Answer>("POST", `/api/chats/${chat.id}/workspace/folder`, { path: "Src" });
    expect(folder.status).toBe(409);
    expect(folder.body.error?.message).toContain("`Src` would clash with `src`");

    // A stale edit keeps its own wording; a rename by case only is allowed.
    const stale = await save(chat.id, "README.md", "lost?", "0".repeat(64));
    expect(stale.status).toBe(409);
    expect(stale.body.error?.message).toContain("changed since you opened it");
    const byCase = await server.covalt.api("POST", `/api/chats/${chat.id}/workspace/rename`, {
      from: "README.md",
      to: "Readme.md",
    });
    expect(byCase.status).toBe(200);
    expect(await paths(chat.id)).toEqual(["Readme.md", "src", "src/a.ts"]);
  });

  it("gives the model the same refusal when its tool would write a clashing name", async () => {
    const chat = await filesChat();
    expect((await save(chat.id, "Notes.md", "mine", null)).status).toBe(200);
    const tool = mockDirective({
      tools: [{ name: "files_write_file", args: { path: "notes.md", content: "theirs" } }],
    });
    await server.say(chat.id, `Write notes ${tool}`);
    const answer = (await transcript(server.covalt, chat.id)).at(-1);
    const call = answer?.content.blocks.find((block): block is ToolCallBlock => block.type === "tool-call");
    expect(call?.result?.isError).toBe(true);
    expect(JSON.stringify(call?.result?.output)).toContain("`notes.md` would clash with `Notes.md`");
    expect(await paths(chat.id)).toEqual(["Notes.md"]);
  });
});
