import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ManifestFiles } from "@covalt/contracts";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ignoresCase } from "../../src/workspace/case-insensitive-disk.js";
import { openWorkspaces, readTree, type WorkspaceFixture, writeTree } from "./workspace-fixture.js";

let fixture: WorkspaceFixture;
afterEach(async () => fixture.cleanup());

/** Twins can only be put on a case-sensitive disk (Linux); on macOS those tests have nothing to set up. */
const diskIgnoresCase = await ignoresCase(tmpdir());

/** Twins can only be put on a disk that tells them apart: say so instead of passing or skipping quietly. */
function requireCaseSensitiveDisk(): void {
  expect(diskIgnoresCase, "this test needs a case-sensitive disk for its temp folder (Linux)").toBe(false);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "resolved", message: "" }),
    (error: unknown) => ({ code: (error as { code?: string }).code, message: (error as Error).message }),
  );

/** Warnings the engine logs, through a real pino logger. */
interface Warning {
  msg: string;
  /** One pair the snapshotter found. */
  paths?: string[];
  /** The groups the materializer wrote anyway. */
  twins?: string[][];
}

function capturedWarnings(): { logger: pino.Logger; messages: () => Warning[] } {
  const lines: string[] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
  return { logger, messages: () => lines.map((line) => JSON.parse(line) as Warning) };
}

async function manifestOf(chat: string, paths: Record<string, string>): Promise<string> {
  const files = Object.create(null) as ManifestFiles;
  for (const [path, content] of Object.entries(paths)) {
    const { hash, size } = await fixture.workspaces.blobs.putBuffer(Buffer.from(content));
    files[path] = { hash, size, mode: 0o644 };
  }
  return fixture.workspaces.manifests.save(chat, files, null);
}

describe("names that differ only by case, in user edits", () => {
  it("refuses writing a new file whose name clashes by case, naming the existing one", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "README.md": "original", "src/a.ts": "a" });

    const clash = await refusal(workspaces.writeFile(chat, "readme.md", Buffer.from("other")));
    expect(clash).toEqual({
      code: "workspace-conflict",
      message:
        "`readme.md` would clash with `README.md` on case-insensitive disks (macOS, Windows), where names that " +
        "differ only in case are one file; pick another name or use `README.md`.",
    });
    // Checked before the hash: "must not exist yet" gets the same answer on every disk.
    expect(await refusal(workspaces.writeFile(chat, "readme.md", Buffer.from("x"), { expectedHash: null }))).toEqual(
      clash,
    );
    const folder = await refusal(workspaces.writeFile(chat, "Src/b.ts", Buffer.from("b")));
    expect(folder.code).toBe("workspace-conflict");
    expect(folder.message).toContain("`Src/b.ts` would clash with `src`");
    expect(folder.message).toContain("use `src/b.ts`");
    expect((await refusal(workspaces.writeFile(chat, "src/A.ts", Buffer.from("A")))).message).toContain(
      "clash with `src/a.ts`",
    );
    expect((await refusal(workspaces.writeFile(chat, "SRC/deep/new.ts", Buffer.from("n")))).message).toContain(
      "clash with `src`",
    );
    expect(readdirSync(root).sort()).toEqual(["README.md", "src"]);
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe("original");

    // The exact path is the same file: overwriting it, or adding beside it, is fine.
    await workspaces.writeFile(chat, "README.md", Buffer.from("edited"));
    await workspaces.writeFile(chat, "src/b.ts", Buffer.from("b"));
    await workspaces.writeFile(chat, "STRASSE.md", Buffer.from("s"));
    expect((await refusal(workspaces.writeFile(chat, "Stra\u00dfe.md", Buffer.from("s")))).message).toContain(
      "clash with `STRASSE.md`",
    );
    expect(Object.keys(readTree(root)).sort()).toEqual(["README.md", "STRASSE.md", "src/", "src/a.ts", "src/b.ts"]);
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe("edited");
  });

  it("lets twins a shell made be edited exactly, but refuses a third spelling", async () => {
    requireCaseSensitiveDisk();
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "README.md": "upper", "readme.md": "lower" });
    await workspaces.writeFile(chat, "readme.md", Buffer.from("lower, edited"));
    expect(readFileSync(join(root, "readme.md"), "utf8")).toBe("lower, edited");
    expect((await refusal(workspaces.writeFile(chat, "Readme.md", Buffer.from("x")))).message).toContain(
      "clash with `README.md`",
    );
    // Two entries, so the rename to the other spelling is a plain "already exists".
    expect(await refusal(workspaces.renameFile(chat, "readme.md", "README.md"))).toEqual({
      code: "workspace-conflict",
      message: "`README.md` already exists.",
    });
  });

  it("renames only the case of an entry, but refuses a rename that clashes with another", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "a.txt": "a", "notes.md": "n", "src/x.ts": "x", "src/y.ts": "y", "lib/z.ts": "z" });

    await workspaces.renameFile(chat, "a.txt", "A.txt");
    expect(readdirSync(root)).toContain("A.txt");
    expect(readdirSync(root)).not.toContain("a.txt");
    expect(readFileSync(join(root, "A.txt"), "utf8")).toBe("a");
    await workspaces.renameFile(chat, "lib", "Lib");
    expect(readFileSync(join(root, "Lib/z.ts"), "utf8")).toBe("z");

    const onto = await refusal(workspaces.renameFile(chat, "notes.md", "a.TXT"));
    expect(onto.code).toBe("workspace-conflict");
    expect(onto.message).toContain("`a.TXT` would clash with `A.txt`");
    expect((await refusal(workspaces.renameFile(chat, "notes.md", "SRC/notes.md"))).message).toContain(
      "clash with `src`",
    );
    // Moving `src` into a new `SRC` would be moving it into itself on a disk that ignores case.
    expect((await refusal(workspaces.renameFile(chat, "src", "SRC/src"))).message).toContain("clash with `src`");
    // Moving one file of `src` to `SRC` leaves `src` behind: two folders, a clash.
    expect((await refusal(workspaces.renameFile(chat, "src/x.ts", "SRC/x.ts"))).code).toBe("workspace-conflict");
    expect(Object.keys(readTree(root)).sort()).toEqual([
      "A.txt",
      "Lib/",
      "Lib/z.ts",
      "notes.md",
      "src/",
      "src/x.ts",
      "src/y.ts",
    ]);
  });

  it("refuses a folder whose name clashes by case, and accepts the existing one", async () => {
    fixture = openWorkspaces();
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "src/a.ts": "a", "Notes.md": "n" });

    expect(await refusal(workspaces.createFolder(chat, "Src"))).toEqual({
      code: "workspace-conflict",
      message:
        "`Src` would clash with `src` on case-insensitive disks (macOS, Windows), where names that differ only " +
        "in case are one file; pick another name or use `src`.",
    });
    expect((await refusal(workspaces.createFolder(chat, "notes.md"))).message).toContain("clash with `Notes.md`");
    expect((await refusal(workspaces.createFolder(chat, "SRC/inner"))).message).toContain("use `src/inner`");
    await workspaces.createFolder(chat, "src");
    await workspaces.createFolder(chat, "src/inner");
    expect(Object.keys(readTree(root)).sort()).toEqual(["Notes.md", "src/", "src/a.ts", "src/inner/"]);
  });
});

describe("versions that hold names differing only by case", () => {
  it("records twins a shell made, with a warning, and writes them back here", async () => {
    requireCaseSensitiveDisk();
    const warnings = capturedWarnings();
    fixture = openWorkspaces({ logger: warnings.logger });
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "README.md": "upper", "readme.md": "lower", "src/a.ts": "a", "Src/b.ts": "b" });

    const recorded = await workspaces.snapshot(chat, null);
    expect(Object.keys(workspaces.files(recorded.manifestId ?? "")).sort()).toEqual([
      "README.md",
      "Src/b.ts",
      "readme.md",
      "src/a.ts",
    ]);
    const twinWarnings = () => warnings.messages().filter((line) => line.paths !== undefined);
    expect(twinWarnings()).toMatchObject([
      { paths: ["README.md", "readme.md"], msg: expect.stringContaining("differ only in case") as string },
      { paths: ["Src", "src"] },
    ]);
    writeFileSync(join(root, "other.txt"), "o");
    await workspaces.snapshot(chat, recorded.manifestId);
    expect(twinWarnings()).toHaveLength(2); // once per pair, not on every scan

    // This disk keeps them apart, so switching back to the version gives it exactly, with a warning.
    await workspaces.materialize(chat, recorded.manifestId, null);
    expect(readTree(root)).toEqual({});
    await workspaces.materialize(chat, null, recorded.manifestId);
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe("upper");
    expect(readFileSync(join(root, "readme.md"), "utf8")).toBe("lower");
    expect(readFileSync(join(root, "Src/b.ts"), "utf8")).toBe("b");
    expect(warnings.messages().at(-1)).toMatchObject({
      twins: [
        ["README.md", "readme.md"],
        ["Src", "src"],
      ],
      msg: expect.stringContaining("a disk that ignores case (macOS, Windows) could not hold it") as string,
    });
  });

  it("refuses to put such a version on a disk that ignores case, leaving the folder as it was", async () => {
    fixture = openWorkspaces({ caseInsensitiveDisk: true });
    const { workspaces } = fixture;
    const chat = fixture.newChat();
    const root = workspaces.dirOf(chat);
    writeTree(root, { "kept.txt": "stays" });
    const now = await workspaces.snapshot(chat, null);
    const twins = await manifestOf(chat, { "README.md": "upper", "readme.md": "lower", "src/a": "a", "Src/b": "b" });

    const refused = await refusal(workspaces.materialize(chat, now.manifestId, twins));
    expect(refused).toEqual({
      code: "workspace-conflict",
      message:
        "This version has names that differ only in case (`README.md` and `readme.md`; `Src` and `src`), which " +
        "this disk cannot keep apart: it ignores case, as macOS and Windows do. The folder was left as it was; " +
        "the files are still in the version's history.",
    });
    expect(readTree(root)).toEqual({ "kept.txt": expect.any(String) as string });
    expect((await workspaces.readFile(chat, "readme.md", twins)).toString()).toBe("lower");
    // A version without twins still moves in.
    const plain = await manifestOf(chat, { "README.md": "upper" });
    await workspaces.materialize(chat, now.manifestId, plain);
    expect(Object.keys(readTree(root))).toEqual(["README.md"]);
  });

  it("asks the disk itself whether it ignores case", async () => {
    fixture = openWorkspaces();
    const probe = join(fixture.dataDir, "case-probe");
    writeFileSync(probe, "");
    expect(await ignoresCase(fixture.dataDir)).toBe(existsSync(join(fixture.dataDir, "CASE-PROBE")));
  });
});
