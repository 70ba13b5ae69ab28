import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { runWorkspaceCommand } from "../../src/workspace/workspace-command.js";
import { openWorkspaces, type WorkspaceFixture, writeTree } from "./workspace-fixture.js";

let fixture: WorkspaceFixture;
afterEach(async () => fixture.cleanup());

it("deleting a chat removes its folder, manifests and the contents only it used", async () => {
  fixture = openWorkspaces();
  const { workspaces, database } = fixture;
  const shared = randomBytes(10_000);
  const [kept, deleted] = [fixture.newChat(), fixture.newChat()];
  writeTree(workspaces.dirOf(kept), { "shared.bin": shared });
  writeTree(workspaces.dirOf(deleted), { "shared.bin": shared, "own.txt": "only here" });
  const keptManifest = (await workspaces.snapshot(kept, null)).manifestId ?? "";
  const deletedManifest = (await workspaces.snapshot(deleted, null)).manifestId ?? "";
  const ownHash = workspaces.files(deletedManifest)["own.txt"]?.hash ?? "";
  expect(await workspaces.blobs.has(ownHash)).toBe(true);

  // A crashed writer's temporary file, old enough to be abandoned.
  const orphanFolder = join(workspaces.blobs.root, "ab");
  mkdirSync(orphanFolder, { recursive: true });
  writeFileSync(join(orphanFolder, ".tmp-orphan"), "partial");
  utimesSync(join(orphanFolder, ".tmp-orphan"), new Date(0), new Date(0));

  database.sqlite.prepare("delete from chats where id = ?").run(deleted);
  await workspaces.deleteChat(deleted);
  expect(existsSync(workspaces.dirOf(deleted))).toBe(false);
  expect(workspaces.summaries(deleted)).toEqual([]);
  expect(await workspaces.blobs.has(ownHash)).toBe(false);
  expect(existsSync(join(orphanFolder, ".tmp-orphan"))).toBe(false);
  expect((await workspaces.readFile(kept, "shared.bin", keptManifest)).equals(shared)).toBe(true);
  expect(await workspaces.collectGarbage()).toEqual({ blobs: 0, bytes: 0 });
});

it("never collects contents a snapshot is storing but has not recorded yet", async () => {
  fixture = openWorkspaces();
  const { workspaces } = fixture;
  const chat = fixture.newChat();
  for (let index = 0; index < 200; index += 1) {
    writeTree(workspaces.dirOf(chat), { [`file-${index}.txt`]: `content ${index}` });
  }
  const snapshot = workspaces.snapshot(chat, null);
  const collections = [workspaces.collectGarbage(), workspaces.collectGarbage()];
  const { manifestId } = await snapshot;
  await Promise.all(collections);
  const files = workspaces.files(manifestId ?? "");
  for (const entry of Object.values(files)) expect(await workspaces.blobs.has(entry.hash)).toBe(true);
});

it("`covalt workspace gc` frees what no version refers to, from a terminal", async () => {
  fixture = openWorkspaces();
  const { workspaces, database, dataDir } = fixture;
  const chatId = fixture.newChat();
  writeTree(workspaces.dirOf(chatId), { "big.bin": randomBytes(50_000) });
  await workspaces.snapshot(chatId, null);
  // The chat's manifests go away without the engine's help, as after a crash mid-deletion.
  database.sqlite.prepare("delete from chats where id = ?").run(chatId);

  const printed: string[] = [];
  const code = await runWorkspaceCommand(["gc", "--data-dir", dataDir], {}, (text) => printed.push(text));
  expect(code).toBe(0);
  expect(JSON.parse(printed.join(""))).toEqual({ blobs: 1, bytes: 50_000 });

  const errors: string[] = [];
  expect(
    await runWorkspaceCommand(
      ["compact"],
      {},
      () => undefined,
      (text) => errors.push(text),
    ),
  ).toBe(2);
  expect(errors.join("")).toContain("Usage: covalt workspace gc");
});
