import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { openWorkspaces, readTree, type WorkspaceFixture, writeTree } from "./workspace-fixture.js";

const childScript = fileURLToPath(new URL("./snapshot-child.ts", import.meta.url));
const tsxLoader = createRequire(import.meta.url).resolve("tsx");

let fixture: WorkspaceFixture;
afterEach(async () => fixture.cleanup());

function blobCount(root: string): number {
  let count = 0;
  for (const folder of readdirSync(root)) {
    if (/^[0-9a-f]{2}$/.test(folder))
      count += readdirSync(join(root, folder)).filter((name) => !name.startsWith(".")).length;
  }
  return count;
}

it("a process killed mid-snapshot leaves the previous manifest valid and the next snapshot works", async () => {
  fixture = openWorkspaces();
  const { workspaces, database } = fixture;
  const chat = fixture.newChat();
  const root = workspaces.dirOf(chat);
  writeTree(root, { "before.txt": "recorded before the crash" });
  const before = await workspaces.snapshot(chat, null);
  const recorded = readTree(root);
  const blobsBefore = blobCount(workspaces.blobs.root);
  // Enough new content that storing it takes far longer than noticing it has begun.
  for (let index = 0; index < 600; index += 1) {
    writeFileSync(join(root, `big-${index}.bin`), randomBytes(128 * 1024));
  }

  const child = spawn(
    process.execPath,
    ["--import", tsxLoader, childScript, fixture.dataDir, chat, before.manifestId ?? ""],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  const deadline = Date.now() + 15_000;
  while (blobCount(workspaces.blobs.root) < blobsBefore + 10 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  expect(output).not.toContain("manifestId");
  const manifests = database.sqlite.prepare("select count(*) as count from workspace_manifests").get();
  expect(manifests).toEqual({ count: 1 });

  // The recorded version still loads and materializes exactly.
  const files = workspaces.files(before.manifestId ?? "");
  expect(Object.keys(files)).toEqual(["before.txt"]);
  const after = await workspaces.snapshot(chat, before.manifestId);
  expect(after.changes).toHaveLength(600);
  await workspaces.materialize(chat, after.manifestId, before.manifestId);
  expect(readTree(root)).toEqual(recorded);
  await workspaces.materialize(chat, before.manifestId, after.manifestId);
  expect(Object.keys(readTree(root))).toHaveLength(601);
});
