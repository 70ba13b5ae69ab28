import type { Chat, ManifestSummary, WorkspaceFileContent, WorkspaceTree } from "@covalt/contracts";
import { mockDirective } from "@covalt/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { runWorkspaceCommand } from "../../src/workspace/workspace-command.js";
import { newChat, transcript, useChatServer } from "../support/chat-fixture.js";

const server = useChatServer();

beforeAll(async () => {
  await server.covalt.api("PUT", "/api/tool-policies", { target: "toolset:files", approval: "auto" });
});

async function filesChat(): Promise<Chat> {
  const chat = await newChat(server.covalt);
  await server.covalt.api("PATCH", `/api/chats/${chat.id}`, { tools: ["toolset:files"] });
  return chat;
}

const write = (...files: [string, string][]) =>
  mockDirective({ tools: files.map(([path, content]) => ({ name: "files_write_file", args: { path, content } })) });

async function fork(chatId: string, messageId: string): Promise<Chat> {
  const response = await server.covalt.api<Chat>("POST", `/api/chats/${chatId}/fork`, { messageId });
  expect(response.status).toBe(200);
  return response.body;
}

async function files(chatId: string): Promise<string[]> {
  const tree = (await server.covalt.api<WorkspaceTree>("GET", `/api/chats/${chatId}/workspace`)).body;
  return tree.entries.filter((entry) => entry.kind === "file").map((entry) => entry.path);
}

/** A file's text now, or as recorded at a message (read from the blob store). */
async function read(chatId: string, path: string, at?: string): Promise<string | undefined> {
  const query = new URLSearchParams({ path, ...(at === undefined ? {} : { at }) });
  const response = await server.covalt.api<WorkspaceFileContent>(
    "GET",
    `/api/chats/${chatId}/workspace/file?${query.toString()}`,
  );
  return response.status === 200 ? response.body.content : undefined;
}

/** Saves a file as the user would, over its current content. */
async function edit(chatId: string, path: string, content: string): Promise<void> {
  const current = await server.covalt.api<WorkspaceFileContent>(
    "GET",
    `/api/chats/${chatId}/workspace/file?path=${encodeURIComponent(path)}`,
  );
  const saved = await server.covalt.api("PUT", `/api/chats/${chatId}/workspace/file`, {
    path,
    content,
    baseHash: current.body.hash,
    encoding: "utf8",
  });
  expect(saved.status).toBe(200);
}

async function lastAnswerId(chatId: string): Promise<string> {
  const messages = await transcript(server.covalt, chatId);
  return messages.at(-1)?.id ?? "";
}

describe("forking a chat carries its files", () => {
  it("opens the fork with the files as they were at the fork point, then lets each chat go its own way", async () => {
    const chat = await filesChat();
    const first = await server.say(chat.id, `Start ${write(["a.txt", "one"], ["src/b.ts", "export {};\n"])}`);
    await server.say(chat.id, `Change ${write(["a.txt", "two"], ["later.txt", "after the fork point"])}`);

    const forked = await fork(chat.id, first.assistantMessageId);
    expect(await files(forked.id)).toEqual(["a.txt", "src/b.ts"]);
    expect(await read(forked.id, "a.txt")).toBe("one");
    const forkAnswer = await lastAnswerId(forked.id);
    expect(await read(forked.id, "a.txt", forkAnswer)).toBe("one");
    const versions = await server.covalt.api<{ manifests: ManifestSummary[] }>(
      "GET",
      `/api/chats/${forked.id}/workspace/manifests`,
    );
    expect(versions.body.manifests.map((manifest) => manifest.messageId)).toContain(forkAnswer);

    // The fork's next run starts from those files: it adds one and keeps the others.
    await server.say(forked.id, `More ${write(["c.txt", "fork only"])}`);
    expect(await files(forked.id)).toEqual(["a.txt", "c.txt", "src/b.ts"]);
    // A user edit in the fork stays there.
    await edit(forked.id, "a.txt", "edited in the fork");
    expect(await read(forked.id, "a.txt")).toBe("edited in the fork");

    // The original is untouched, and its own later change does not reach the fork.
    expect(await files(chat.id)).toEqual(["a.txt", "later.txt", "src/b.ts"]);
    expect(await read(chat.id, "a.txt")).toBe("two");
    await server.say(chat.id, `Again ${write(["src/b.ts", "export const original = true;\n"])}`);
    expect(await read(forked.id, "src/b.ts")).toBe("export {};\n");
    expect(await read(chat.id, "c.txt")).toBeUndefined();
  });

  it("forks the files a user edited at the fork point, and a fork of a fork", async () => {
    const chat = await filesChat();
    const first = await server.say(chat.id, `Write ${write(["notes.md", "draft"])}`);
    await edit(chat.id, "notes.md", "edited by the user");

    const forked = await fork(chat.id, first.assistantMessageId);
    expect(await read(forked.id, "notes.md")).toBe("edited by the user");
    // The answer itself still reads as it ended.
    expect(await read(forked.id, "notes.md", await lastAnswerId(forked.id))).toBe("draft");

    const again = await fork(forked.id, await lastAnswerId(forked.id));
    expect(await read(again.id, "notes.md")).toBe("edited by the user");
  });

  it("keeps the fork's files when the original chat is deleted and garbage is collected", async () => {
    const chat = await filesChat();
    const content = `only written in the original ${Math.random()}`;
    const first = await server.say(chat.id, `Write ${write(["kept.txt", content])}`);
    const forked = await fork(chat.id, first.assistantMessageId);

    expect((await server.covalt.api("DELETE", `/api/chats/${chat.id}`)).status).toBe(200);
    const output: string[] = [];
    const code = await runWorkspaceCommand(["gc", "--data-dir", server.covalt.dataDir], {}, (text) =>
      output.push(text),
    );
    expect(code).toBe(0);
    expect(JSON.parse(output.join(""))).toMatchObject({ blobs: 0 });

    expect(await read(forked.id, "kept.txt")).toBe(content);
    expect(await read(forked.id, "kept.txt", await lastAnswerId(forked.id))).toBe(content);
  });

  it("forks a chat without files into an empty workspace", async () => {
    const chat = await filesChat();
    const first = await server.say(chat.id, "no files here");
    const forked = await fork(chat.id, first.assistantMessageId);
    expect(await files(forked.id)).toEqual([]);
    await server.say(forked.id, `Now ${write(["new.txt", "x"])}`);
    expect(await files(forked.id)).toEqual(["new.txt"]);
    expect(await files(chat.id)).toEqual([]);
  });
});
