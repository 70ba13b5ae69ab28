import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Chat, ManifestSummary, Message, SendMessageResponse } from "@covalt/contracts";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFileName } from "../../src/start-server.js";
import { addMockProvider } from "../support/chat-fixture.js";
import { type RunningCovalt, startCovalt } from "../support/running-covalt.js";

/**
 * A crash between "the chat is on another branch" and "its folder holds that branch's files" must
 * be repaired on the next start, never recorded as the user's edits. Each test stops the server,
 * puts the database and folder in the state such a crash leaves, and starts it again.
 */
let mock: MockLlmServer;
let covalt: RunningCovalt;
let providerId: string;

beforeAll(async () => {
  mock = await createMockLlmServer();
  covalt = await startCovalt();
  providerId = (await addMockProvider(covalt, mock.url)).id;
  await covalt.api("PUT", "/api/tool-policies", { target: "toolset:files", approval: "auto" });
});

afterAll(async () => {
  await covalt.close();
  await mock.close();
});

const write = (path: string, content: string) =>
  mockDirective({ tools: [{ name: "files_write_file", args: { path, content } }] });

async function say(chatId: string, content: string, parentId?: string | null): Promise<SendMessageResponse> {
  const { body } = await covalt.api<SendMessageResponse>("POST", `/api/chats/${chatId}/messages`, {
    content,
    model: { providerId, modelId: "gpt-test" },
    ...(parentId === undefined ? {} : { parentId }),
  });
  await covalt.events(body.runId);
  return body;
}

/** A chat with two branches: A wrote `a.txt`, then B (from the root) wrote `b.txt`; B is active. */
async function twoBranches() {
  const { body: chat } = await covalt.api<Chat>("POST", "/api/chats", { tools: ["toolset:files"] });
  const a = await say(chat.id, `A ${write("a.txt", "from branch A")}`);
  const b = await say(chat.id, `B ${write("b.txt", "from branch B")}`, null);
  return { chatId: chat.id, a, b };
}

function folderOf(chatId: string): string {
  return join(covalt.dataDir, "workspaces", chatId);
}

function filesOnDisk(chatId: string): string[] {
  return readdirSync(folderOf(chatId)).sort();
}

async function versions(chatId: string): Promise<ManifestSummary[]> {
  return (await covalt.api<{ manifests: ManifestSummary[] }>("GET", `/api/chats/${chatId}/workspace/manifests`)).body
    .manifests;
}

/** Stops the server, lets `crash` edit the database and folder as a crash would leave them, starts again. */
async function restartAfter(crash: (db: Database.Database) => void): Promise<void> {
  await covalt.close();
  const db = new Database(join(covalt.dataDir, databaseFileName));
  try {
    crash(db);
  } finally {
    db.close();
  }
  covalt = await startCovalt({}, covalt.dataDir);
}

function manifestOf(db: Database.Database, messageId: string): string | null {
  const row = db.prepare("select manifest_id as id from messages where id = ?").get(messageId) as { id: string | null };
  return row.id;
}

/** What the branch-switch transaction commits before the folder is touched. */
function switchCommitted(db: Database.Database, chatId: string, leafId: string, from: string | null): void {
  db.prepare("update chats set active_leaf_id = ? where id = ?").run(leafId, chatId);
  db.prepare("update workspace_folders set manifest_id = ?, moving = 1, target_manifest_id = ? where chat_id = ?").run(
    from,
    manifestOf(db, leafId),
    chatId,
  );
}

describe("a folder move cut off by a crash is finished on the next start", () => {
  it("finishes a branch switch that had not touched the folder yet", async () => {
    const { chatId, a, b } = await twoBranches();
    expect(filesOnDisk(chatId)).toEqual(["b.txt"]);
    const before = await versions(chatId);

    await restartAfter((db) => {
      switchCommitted(db, chatId, a.assistantMessageId, manifestOf(db, b.assistantMessageId));
    });

    expect(filesOnDisk(chatId)).toEqual(["a.txt"]);
    expect(await versions(chatId)).toEqual(before);
    // The next answer on branch A starts from A's files and records no deletion of them.
    const next = await say(chatId, `Go on ${write("c.txt", "more")}`);
    const { body } = await covalt.api<{ chat: Chat; messages: Message[] }>("GET", `/api/chats/${chatId}`);
    expect(body.messages.at(-1)?.id).toBe(next.assistantMessageId);
    expect(filesOnDisk(chatId)).toEqual(["a.txt", "c.txt"]);
  });

  it("finishes a switch that had moved half the files, saving nothing twice", async () => {
    const { chatId, a, b } = await twoBranches();
    const before = await versions(chatId);

    await restartAfter((db) => {
      switchCommitted(db, chatId, a.assistantMessageId, manifestOf(db, b.assistantMessageId));
      // The crash came after a.txt was written and before b.txt was removed.
      writeFileSync(join(folderOf(chatId), "a.txt"), "from branch A");
    });

    expect(filesOnDisk(chatId)).toEqual(["a.txt"]);
    expect(await versions(chatId)).toEqual(before);
  });

  it("keeps a file no version recorded, as a version of its own, before finishing the move", async () => {
    const { chatId, a, b } = await twoBranches();
    const before = await versions(chatId);

    await restartAfter((db) => {
      switchCommitted(db, chatId, a.assistantMessageId, manifestOf(db, b.assistantMessageId));
      writeFileSync(join(folderOf(chatId), "unsaved.txt"), "a tool wrote this after the last snapshot");
    });

    expect(filesOnDisk(chatId)).toEqual(["a.txt"]);
    const after = await versions(chatId);
    expect(after).toHaveLength(before.length + 1);
    const rescued = after.find((version) => !before.some((old) => old.id === version.id));
    expect(rescued?.messageId ?? null).toBeNull();
  });

  it("fills a fork's folder that the crash left empty", async () => {
    const { chatId, a } = await twoBranches();
    const { body: fork } = await covalt.api<Chat>("POST", `/api/chats/${chatId}/fork`, {
      messageId: a.assistantMessageId,
    });
    expect(filesOnDisk(fork.id)).toEqual(["a.txt"]);

    await restartAfter((db) => {
      rmSync(folderOf(fork.id), { recursive: true });
      const leaf = (db.prepare("select active_leaf_id as id from chats where id = ?").get(fork.id) as { id: string })
        .id;
      db.prepare(
        "update workspace_folders set manifest_id = null, moving = 1, target_manifest_id = ? where chat_id = ?",
      ).run(manifestOf(db, leaf), fork.id);
    });

    expect(filesOnDisk(fork.id)).toEqual(["a.txt"]);
  });
});

it("an answer cut off by a crash keeps the files its run wrote", async () => {
  const { body: chat } = await covalt.api<Chat>("POST", "/api/chats", { tools: ["toolset:files"] });
  const answer = await say(chat.id, `Write ${write("kept.txt", "written before the crash")}`);

  await restartAfter((db) => {
    // As if the run were still going: its answer has no version yet, and a last write was not snapshotted.
    db.prepare("update runs set status = 'running' where id = ?").run(answer.runId);
    db.prepare("update messages set manifest_id = null where id = ?").run(answer.assistantMessageId);
    writeFileSync(join(folderOf(chat.id), "late.txt"), "written after the last snapshot");
  });

  const at = (path: string) =>
    covalt.api<{ content: string }>(
      "GET",
      `/api/chats/${chat.id}/workspace/file?path=${path}&at=${answer.assistantMessageId}`,
    );
  expect((await at("kept.txt")).body.content).toBe("written before the crash");
  expect((await at("late.txt")).body.content).toBe("written after the last snapshot");
  const { body } = await covalt.api<{ messages: Message[] }>("GET", `/api/chats/${chat.id}`);
  expect(body.messages.at(-1)?.status).toBe("error");
});
