import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createTempDataDir, type TempDataDir } from "@covalt/testing";
import { afterEach, expect, it } from "vitest";
import { openWorkspaces, type WorkspaceFixture, writeTree } from "./workspace-fixture.js";

let temp: TempDataDir;
const open: WorkspaceFixture[] = [];

afterEach(async () => {
  for (const fixture of open.splice(0)) await fixture.cleanup();
  temp.cleanup();
});

function reopen(): WorkspaceFixture {
  const fixture = openWorkspaces({ dataDir: temp.path });
  open.push(fixture);
  return fixture;
}

/** Files stat'ed within one clock tick of their last change are read again ("racily clean"); wait that out. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

it("after a restart, a snapshot reads only the files changed while Covalt was stopped", async () => {
  temp = createTempDataDir("covalt-stat-cache-");
  const first = reopen();
  const chatId = first.newChat();
  const root = first.workspaces.dirOf(chatId);
  writeTree(root, Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`src/f${index}.txt`, `file ${index}`])));
  await settle();
  const recorded = await first.workspaces.snapshot(chatId, null);
  expect(recorded.filesRead).toBe(40);
  await first.cleanup();
  open.splice(0);

  writeFileSync(join(root, "src/f7.txt"), "changed while stopped");
  const second = reopen();
  const next = await second.workspaces.snapshot(chatId, recorded.manifestId);
  expect(next.changes).toEqual([{ path: "src/f7.txt", kind: "modified" }]);
  expect(next.filesRead).toBe(1);
});

it("a deleted chat's cache goes with it, and a damaged cache only costs reading the files again", async () => {
  temp = createTempDataDir("covalt-stat-cache-");
  const first = reopen();
  const kept = first.newChat();
  const deleted = first.newChat();
  for (const chatId of [kept, deleted]) writeTree(first.workspaces.dirOf(chatId), { "a.txt": "a", "b.txt": "b" });
  await settle();
  const recorded = await first.workspaces.snapshot(kept, null);
  await first.workspaces.snapshot(deleted, null);
  await first.workspaces.deleteChat(deleted);
  first.database.sqlite.prepare("delete from chats where id = ?").run(deleted);
  await first.cleanup();
  open.splice(0);

  const second = reopen();
  const rows = second.database.sqlite.prepare("select chat_id as chatId from workspace_stat_caches").all();
  expect(rows).toEqual([{ chatId: kept }]);
  second.database.sqlite.prepare("update workspace_stat_caches set entries = x'00ff'").run();
  const again = await second.workspaces.snapshot(kept, recorded.manifestId);
  expect(again).toMatchObject({ manifestId: recorded.manifestId, changes: [], filesRead: 2 });
});
