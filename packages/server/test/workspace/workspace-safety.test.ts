import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestFiles } from "@covalt/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { openWorkspaces, readTree, type WorkspaceFixture, writeTree } from "./workspace-fixture.js";

let fixture: WorkspaceFixture;
afterEach(async () => fixture.cleanup());

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error as { code?: string }).code,
  );

async function manifestWith(paths: string[]): Promise<{ chat: string; id: string }> {
  const { workspaces } = fixture;
  const chat = fixture.newChat();
  const { hash, size } = await workspaces.blobs.putBuffer(Buffer.from("payload"));
  const files = Object.create(null) as ManifestFiles;
  for (const path of paths) files[path] = { hash, size, mode: 0o644 };
  return { chat, id: workspaces.manifests.save(chat, files, null) };
}

describe("workspace path safety", () => {
  it.each([
    ["../escape.txt"],
    ["/etc/passwd-copy"],
    ["a/../../escape.txt"],
    ["C:/x"],
    ["a//b"],
    ["./a"],
    ["cafe\u0301"],
    ["a\u0000b"],
    ["ok.txt", "ok.txt/inside"],
  ])("refuses to materialize a manifest naming %j, before touching the disk", async (...paths) => {
    fixture = openWorkspaces();
    const { chat, id } = await manifestWith(paths);
    writeTree(fixture.workspaces.dirOf(chat), { "existing.txt": "stays" });
    expect(await code(fixture.workspaces.materialize(chat, null, id))).toBe("workspace-path-invalid");
    expect(readFileSync(join(fixture.workspaces.dirOf(chat), "existing.txt"), "utf8")).toBe("stays");
    expect(existsSync(join(fixture.dataDir, "workspaces", "escape.txt"))).toBe(false);
  });

  it("refuses hostile paths in user edits with a clear code", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const outside = join(fixture.dataDir, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "secret.txt"), "secret");
    const root = workspaces.dirOf(chat);
    writeTree(root, { "file.txt": "x" });
    symlinkSync(outside, join(root, "link"));
    for (const path of [
      "../outside/secret.txt",
      "/etc/passwd",
      "..",
      ".",
      "a/../../x",
      "\u2025/y",
      "link/secret.txt",
    ]) {
      expect(await code(workspaces.writeFile(chat, path, Buffer.from("pwned"))), path).toBe("workspace-path-invalid");
      expect(await code(workspaces.readFile(chat, path)), path).toBe("workspace-path-invalid");
      expect(await code(workspaces.deleteFile(chat, path)), path).toBe("workspace-path-invalid");
      expect(await code(workspaces.createFolder(chat, path)), path).toBe("workspace-path-invalid");
      expect(await code(workspaces.renameFile(chat, "file.txt", path)), path).toBe("workspace-path-invalid");
      expect(await code(workspaces.renameFile(chat, path, "moved.txt")), path).toBe("workspace-path-invalid");
    }
    expect(await code(workspaces.writeFile(chat, "file.txt/inner", Buffer.from("x")))).toBe("workspace-conflict");
    expect(await code(workspaces.readFile(chat, "missing.txt"))).toBe("not-found");
    expect(await code(workspaces.renameFile(chat, "missing.txt", "b.txt"))).toBe("not-found");
    expect(readFileSync(join(outside, "secret.txt"), "utf8")).toBe("secret");
    expect(readTree(outside)).toEqual({ "secret.txt": expect.any(String) as string });
    expect(() => workspaces.dirOf("../chat")).toThrow(/chat id/);
  });

  it("user edits create, rename, delete and detect conflicting writes", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    await workspaces.writeFile(chat, "docs/readme.md", Buffer.from("v1"), { expectedHash: null });
    expect(await code(workspaces.writeFile(chat, "docs/readme.md", Buffer.from("v2"), { expectedHash: null }))).toBe(
      "workspace-conflict",
    );
    const snapshot = await workspaces.snapshot(chat, null);
    const hash = workspaces.files(snapshot.manifestId ?? "")["docs/readme.md"]?.hash ?? null;
    await workspaces.writeFile(chat, "docs/readme.md", Buffer.from("v2"), { expectedHash: hash });
    expect(await code(workspaces.writeFile(chat, "docs/readme.md", Buffer.from("v3"), { expectedHash: hash }))).toBe(
      "workspace-conflict",
    );
    await workspaces.createFolder(chat, "empty/folder");
    await workspaces.renameFile(chat, "docs", "guides/docs");
    expect(await code(workspaces.renameFile(chat, "guides", "guides/docs/inner"))).toBe("workspace-path-invalid");
    await workspaces.writeFile(chat, "other.txt", Buffer.from("o"));
    expect(await code(workspaces.renameFile(chat, "other.txt", "guides/docs/readme.md"))).toBe("workspace-conflict");
    expect((await workspaces.readFile(chat, "guides/docs/readme.md")).toString()).toBe("v2");
    await workspaces.deleteFile(chat, "guides");
    expect(Object.keys(readTree(root)).sort()).toEqual(["empty/", "empty/folder/", "other.txt"]);
  });

  it("never follows a symbolic link that points out of the workspace", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    const outside = join(fixture.dataDir, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "secret.txt"), "secret");
    writeTree(root, { "real.txt": "real", "dir/inner.txt": "inner" });
    symlinkSync(outside, join(root, "link-dir"));
    symlinkSync(join(outside, "secret.txt"), join(root, "link-file"));
    const snapshot = await workspaces.snapshot(chat, null);
    expect(Object.keys(workspaces.files(snapshot.manifestId ?? "")).sort()).toEqual(["dir/inner.txt", "real.txt"]);

    // A manifest wants `link-dir/secret.txt`: the link is replaced by a real folder, the outside is untouched.
    const { hash, size } = await workspaces.blobs.putBuffer(Buffer.from("overwritten?"));
    const wanted = Object.create(null) as ManifestFiles;
    Object.assign(wanted, workspaces.files(snapshot.manifestId ?? ""));
    wanted["link-dir/secret.txt"] = { hash, size, mode: 0o644 };
    wanted["link-file"] = { hash, size, mode: 0o644 };
    const target = workspaces.manifests.save(chat, wanted, snapshot.manifestId);
    await workspaces.materialize(chat, snapshot.manifestId, target);
    expect(readFileSync(join(outside, "secret.txt"), "utf8")).toBe("secret");
    expect(readFileSync(join(root, "link-dir/secret.txt"), "utf8")).toBe("overwritten?");
    expect(readFileSync(join(root, "link-file"), "utf8")).toBe("overwritten?");
  });

  it("refuses a manifest of another chat", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const [first, second] = [fixture.newChat(), fixture.newChat()];
    writeTree(workspaces.dirOf(first), { "a.txt": "a" });
    const { manifestId } = await workspaces.snapshot(first, null);
    expect(await code(workspaces.materialize(second, null, manifestId))).toBe("workspace-conflict");
    expect(await code(workspaces.readFile(second, "a.txt", manifestId ?? ""))).toBe("workspace-conflict");
    expect(await code(workspaces.snapshot(second, "mfst_missing"))).toBe("not-found");
  });
});
