import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { keyframeInterval } from "../../src/workspace/index.js";
import { inodeAndTime, openWorkspaces, readTree, type WorkspaceFixture, writeTree } from "./workspace-fixture.js";

let fixture: WorkspaceFixture;
afterEach(async () => fixture.cleanup());

const binary = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256));

describe("snapshot and materialize", () => {
  it("round-trips non-ASCII names, binary content and modes byte for byte", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, {
      "notes/caf\u00e9 \u65e5\u672c\u8a9e.md": "# bonjour \u{1F600}\n",
      "data/blob.bin": binary,
      "empty.txt": "",
      ["__proto__"]: "not a prototype",
      "deep/a/b/c/d.txt": "deep",
    });
    chmodSync(join(root, "data/blob.bin"), 0o755);
    const first = await workspaces.snapshot(chat, null);
    expect(first.manifestId).toMatch(/^mfst_/);
    expect(first.changes.map((change) => change.path)).toEqual([
      "__proto__",
      "data/blob.bin",
      "deep/a/b/c/d.txt",
      "empty.txt",
      "notes/caf\u00e9 \u65e5\u672c\u8a9e.md",
    ]);
    const recorded = readTree(root);
    const files = workspaces.files(first.manifestId ?? "");
    expect(files["data/blob.bin"]).toMatchObject({ size: 4096, mode: 0o755 });
    expect(Object.hasOwn(files, "__proto__")).toBe(true);

    // Away to an empty workspace and back.
    const cleared = await workspaces.materialize(chat, first.manifestId, null);
    expect(cleared.every((change) => change.kind === "deleted")).toBe(true);
    expect(readTree(root)).toEqual({});
    expect(existsSync(root)).toBe(true);
    const restored = await workspaces.materialize(chat, null, first.manifestId);
    expect(restored).toHaveLength(5);
    expect(readTree(root)).toEqual(recorded);
    expect(readFileSync(join(root, "data/blob.bin")).equals(binary)).toBe(true);
    expect(await workspaces.readFile(chat, "notes/caf\u00e9 \u65e5\u672c\u8a9e.md", first.manifestId ?? "")).toEqual(
      Buffer.from("# bonjour \u{1F600}\n"),
    );
  });

  it("records nothing when nothing changed, and null for an empty folder without a base", async () => {
    fixture = openWorkspaces();
    const chat = fixture.newChat();
    expect(await fixture.workspaces.snapshot(chat, null)).toMatchObject({ manifestId: null, changes: [] });
    writeTree(fixture.workspaces.dirOf(chat), { "a.txt": "a" });
    const first = await fixture.workspaces.snapshot(chat, null);
    expect(await fixture.workspaces.snapshot(chat, first.manifestId)).toMatchObject({
      manifestId: first.manifestId,
      changes: [],
    });
    expect(fixture.workspaces.summaries(chat)).toHaveLength(1);
  });

  it("switching version rewrites only the files that differ", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    const files: Record<string, string> = {};
    for (let index = 0; index < 50; index += 1) files[`src/file-${index}.ts`] = `export const value = ${index};\n`;
    writeTree(root, files);
    const base = await workspaces.snapshot(chat, null);
    writeTree(root, { "src/file-3.ts": "changed", "src/new/added.ts": "added" });
    rmSync(join(root, "src/file-4.ts"));
    renameSync(join(root, "src/file-5.ts"), join(root, "src/renamed.ts"));
    const next = await workspaces.snapshot(chat, base.manifestId);
    expect(next.changes).toEqual([
      { path: "src/file-3.ts", kind: "modified" },
      { path: "src/file-4.ts", kind: "deleted" },
      { path: "src/new/added.ts", kind: "added" },
      { path: "src/renamed.ts", kind: "renamed", previousPath: "src/file-5.ts" },
    ]);

    const untouched = inodeAndTime(join(root, "src/file-10.ts"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const back = await workspaces.materialize(chat, next.manifestId, base.manifestId);
    expect(back).toEqual([
      { path: "src/file-3.ts", kind: "modified" },
      { path: "src/file-4.ts", kind: "added" },
      { path: "src/file-5.ts", kind: "renamed", previousPath: "src/renamed.ts" },
      { path: "src/new/added.ts", kind: "deleted" },
    ]);
    expect(inodeAndTime(join(root, "src/file-10.ts"))).toBe(untouched);
    expect(existsSync(join(root, "src/new"))).toBe(false);
    expect(readFileSync(join(root, "src/file-3.ts"), "utf8")).toBe("export const value = 3;\n");
    // The stat cache learned what materializing wrote: the folder now matches the base exactly.
    expect(await workspaces.snapshot(chat, base.manifestId)).toMatchObject({
      manifestId: base.manifestId,
      changes: [],
    });
  });

  it("replaces a file by a folder and a folder by a file", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { a: "file a", "b/inner.txt": "inner" });
    const one = await workspaces.snapshot(chat, null);
    rmSync(join(root, "a"));
    rmSync(join(root, "b"), { recursive: true });
    writeTree(root, { "a/inside.txt": "now a folder", b: "now a file" });
    const two = await workspaces.snapshot(chat, one.manifestId);
    await workspaces.materialize(chat, two.manifestId, one.manifestId);
    expect(readFileSync(join(root, "a"), "utf8")).toBe("file a");
    expect(readFileSync(join(root, "b/inner.txt"), "utf8")).toBe("inner");
    await workspaces.materialize(chat, one.manifestId, two.manifestId);
    expect(readFileSync(join(root, "a/inside.txt"), "utf8")).toBe("now a folder");
    expect(readFileSync(join(root, "b"), "utf8")).toBe("now a file");
  });

  it("saves changes no manifest recorded before switching away, instead of losing them", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "kept.txt": "v1" });
    const one = await workspaces.snapshot(chat, null);
    writeTree(root, { "unsaved.txt": "work in progress" });
    await workspaces.materialize(chat, one.manifestId, null);
    expect(readTree(root)).toEqual({});
    const [rescued] = workspaces.summaries(chat);
    expect(rescued?.id).not.toBe(one.manifestId);
    expect((await workspaces.readFile(chat, "unsaved.txt", rescued?.id)).toString()).toBe("work in progress");
  });

  it("stores a long history as deltas on keyframes and loads every version exactly", async () => {
    fixture = openWorkspaces();
    const { workspaces, database } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index += 1) files[`f${index}.txt`] = `v0 ${index}`;
    writeTree(root, files);
    let previous = (await workspaces.snapshot(chat, null)).manifestId;
    const versions: { id: string; tree: Record<string, string> }[] = [];
    for (let step = 1; step <= keyframeInterval + 10; step += 1) {
      writeFileSync(join(root, `f${step % 40}.txt`), `v${step}`);
      const next = await workspaces.snapshot(chat, previous);
      previous = next.manifestId;
      versions.push({ id: previous ?? "", tree: readTree(root) });
    }
    const rows = database.sqlite
      .prepare("select depth, base_id is null as keyframe from workspace_manifests order by id")
      .all() as { depth: number; keyframe: number }[];
    expect(rows.filter((row) => row.keyframe === 1)).toHaveLength(2);
    expect(Math.max(...rows.map((row) => row.depth))).toBe(keyframeInterval - 1);

    // A fresh store (cold cache) resolves each version through its chain.
    await fixture.workspaces.close();
    const reopened = openWorkspaces({ dataDir: fixture.dataDir });
    try {
      for (const version of [versions[0], versions[30], versions.at(-1)]) {
        await reopened.workspaces.materialize(chat, null, version?.id ?? null);
        expect(readTree(root)).toEqual(version?.tree);
        await reopened.workspaces.materialize(chat, version?.id ?? null, null);
      }
    } finally {
      await reopened.workspaces.close();
      reopened.database.close();
    }
  });

  it("stores content once across chats", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const shared = randomBytes(100_000);
    const [first, second] = [fixture.newChat(), fixture.newChat()];
    writeTree(workspaces.dirOf(first), { "shared.bin": shared, "own.txt": "first" });
    writeTree(workspaces.dirOf(second), { "copy/shared.bin": shared, "own.txt": "second" });
    await workspaces.snapshot(first, null);
    await workspaces.snapshot(second, null);
    expect(Object.keys(readTree(workspaces.blobs.root)).filter((path) => !path.endsWith("/"))).toHaveLength(3);
  });
});
