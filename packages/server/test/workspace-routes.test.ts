import type { Chat, WorkspaceDiff, WorkspaceFileContent, WorkspaceTree } from "@covalt/contracts";
import { mockDirective } from "@covalt/testing";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { newChat, transcript, useChatServer } from "./support/chat-fixture.js";
import { testAuthToken } from "./support/running-covalt.js";

const server = useChatServer();

beforeAll(async () => {
  // These tests are about files, not approvals: let the files toolset run unasked.
  await server.covalt.api("PUT", "/api/tool-policies", { target: "toolset:files", approval: "auto" });
});

async function filesChat(): Promise<Chat> {
  const chat = await newChat(server.covalt);
  await server.covalt.api("PATCH", `/api/chats/${chat.id}`, { tools: ["toolset:files"] });
  return chat;
}

const write = (...files: [string, string][]) =>
  mockDirective({ tools: files.map(([path, content]) => ({ name: "files_write_file", args: { path, content } })) });

async function tree(chatId: string): Promise<WorkspaceTree> {
  return (await server.covalt.api<WorkspaceTree>("GET", `/api/chats/${chatId}/workspace`)).body;
}

async function read(chatId: string, path: string, at?: string) {
  const query = new URLSearchParams({ path, ...(at === undefined ? {} : { at }) });
  return server.covalt.api<WorkspaceFileContent>("GET", `/api/chats/${chatId}/workspace/file?${query.toString()}`);
}

async function save(chatId: string, path: string, content: string, baseHash: string | null, encoding = "utf8") {
  return server.covalt.api<WorkspaceFileContent & { error?: { code: string } }>(
    "PUT",
    `/api/chats/${chatId}/workspace/file`,
    { path, content, baseHash, encoding },
  );
}

const files = (workspace: WorkspaceTree) =>
  workspace.entries.filter((entry) => entry.kind === "file").map((entry) => entry.path);

describe("a chat's workspace", () => {
  it("records what tools write, marks it changed, and follows the branch the user is on", async () => {
    const chat = await filesChat();
    await server.say(chat.id, `Make two files ${write(["a.txt", "alpha"], ["src/b.ts", "export const b = 1;\n"])}`);
    const first = await tree(chat.id);
    expect(files(first)).toEqual(["a.txt", "src/b.ts"]);
    expect(first.entries.find((entry) => entry.path === "a.txt")?.changed).toBe("added");
    const [question, answer] = await transcript(server.covalt, chat.id);
    const changeBlock = answer?.content.blocks.find((block) => block.type === "workspace-change");
    expect(changeBlock).toMatchObject({
      changes: [
        { path: "a.txt", kind: "added" },
        { path: "src/b.ts", kind: "added" },
      ],
    });

    // The user edits a file; a stale base hash is a conflict, not a silent overwrite.
    const loaded = (await read(chat.id, "a.txt")).body;
    expect((await save(chat.id, "a.txt", "alpha, edited", loaded.hash)).status).toBe(200);
    const stale = await save(chat.id, "a.txt", "lost?", loaded.hash);
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe("workspace-conflict");

    // Editing the first question starts a branch from before any file existed.
    await server.say(chat.id, `Other idea ${write(["c.txt", "gamma"])}`, question?.parentId ?? null);
    expect(files(await tree(chat.id))).toEqual(["c.txt"]);

    // Back on the first branch: its files, with the user's edit.
    const switched = await server.covalt.api("POST", `/api/chats/${chat.id}/branch`, { messageId: question?.id });
    expect(switched.status).toBe(200);
    expect(files(await tree(chat.id))).toEqual(["a.txt", "src/b.ts"]);
    expect((await read(chat.id, "a.txt")).body.content).toBe("alpha, edited");

    // Any earlier version can be read, diffed and restored.
    expect((await read(chat.id, "a.txt", answer?.id)).body.content).toBe("alpha");
    const diff = await server.covalt.api<WorkspaceDiff>(
      "GET",
      `/api/chats/${chat.id}/workspace/diff?from=${answer?.id}`,
    );
    expect(diff.body.changes).toEqual([{ path: "a.txt", kind: "modified" }]);
    await server.covalt.api("POST", `/api/chats/${chat.id}/workspace/restore`, {
      path: "a.txt",
      messageId: answer?.id,
    });
    expect((await read(chat.id, "a.txt")).body.content).toBe("alpha");
  });

  it("round-trips non-ASCII text and binary bytes exactly, and zips a folder", async () => {
    const chat = await filesChat();
    const text = "Grüße, 世界 — ✓ \u{1F600}\r\nzweite Zeile";
    expect((await save(chat.id, "docs/ünïcødé.md", text, null)).status).toBe(200);
    const bytes = Buffer.from([0, 255, 1, 254, 0x89, 0x50, 0x4e, 0x47, 10, 13, 0]);
    expect((await save(chat.id, "docs/blob.bin", bytes.toString("base64"), null, "base64")).status).toBe(200);

    const readText = (await read(chat.id, "docs/ünïcødé.md")).body;
    expect(readText).toMatchObject({ encoding: "utf8", content: text, mimeType: "text/markdown" });
    const readBinary = (await read(chat.id, "docs/blob.bin")).body;
    expect(readBinary.encoding).toBe("base64");
    expect(Buffer.from(readBinary.content, "base64").equals(bytes)).toBe(true);

    const response = await fetch(`${server.covalt.server.url}/api/chats/${chat.id}/workspace/download?path=docs`, {
      headers: { authorization: `Bearer ${testAuthToken}` },
    });
    expect(response.headers.get("content-type")).toBe("application/zip");
    const unzipped = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(unzipped).sort()).toEqual(["blob.bin", "ünïcødé.md"]);
    expect(Buffer.from(unzipped["blob.bin"] ?? []).equals(bytes)).toBe(true);
  });

  it("refuses paths that leave the workspace, with a clear error", async () => {
    const chat = await filesChat();
    for (const path of ["../escape.txt", "/etc/passwd", "a/../../b", "C:\\x", "nul\u0000byte"]) {
      const response = await save(chat.id, path, "x", null);
      expect(response.status, path).toBe(400);
      expect(response.body.error?.code, path).toBe("workspace-path-invalid");
    }
    expect(files(await tree(chat.id))).toEqual([]);
  });

  it("does not switch branches under a run that is still writing", async () => {
    const chat = await filesChat();
    await server.say(chat.id, `One ${write(["one.txt", "1"])}`);
    const [question] = await transcript(server.covalt, chat.id);
    const { body } = await server.covalt.api<{ runId: string }>("POST", `/api/chats/${chat.id}/messages`, {
      content: `Slow ${mockDirective({ tokens: 400, rate: 200 })} ${write(["two.txt", "2"])}`,
      model: { providerId: server.providerId, modelId: "gpt-test" },
      parentId: question?.parentId ?? null,
    });
    const blocked = await server.covalt.api<{ error: { code: string; message: string } }>(
      "POST",
      `/api/chats/${chat.id}/branch`,
      { messageId: question?.id },
    );
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain("still being written");
    await server.covalt.events(body.runId);
  });
});
