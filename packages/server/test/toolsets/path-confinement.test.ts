import { createHash, randomUUID } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { normalizeWorkspacePath } from "@covalt/core";
import { callIn, openHost } from "./support/toolset-fixtures.js";

const fixture = await openHost();
afterAll(() => fixture.cleanup());
const root = fixture.temp.path;
const workspace = fixture.workspace;
const secret = `TOP-SECRET-${randomUUID()}`;

// The secrets a path might reach, and links inside the workspace that lead out in every way we know.
writeFileSync(join(root, "secret.txt"), secret);
mkdirSync(join(root, "outside-dir"));
writeFileSync(join(root, "outside-dir", "secret.txt"), secret);
mkdirSync(join(workspace, "sub"));
writeFileSync(join(workspace, "sub", "ok.txt"), "fine");
symlinkSync(join(root, "secret.txt"), join(workspace, "link-file"));
symlinkSync(join(root, "outside-dir"), join(workspace, "link-dir"));
symlinkSync("link-dir", join(workspace, "chain-2"));
symlinkSync("chain-2", join(workspace, "chain-1"));
symlinkSync(join(root, "created-by-dangling.txt"), join(workspace, "dangling"));
symlinkSync(join(root, "dangling-dir"), join(workspace, "dangling-dir"));
symlinkSync("../..", join(workspace, "sub", "up"));
symlinkSync("../../outside-dir", join(workspace, "sub", "rel"));
symlinkSync("sub", join(workspace, "inside-link"));

/** Every path under `root` except the workspace, with a hash of each file's content. */
function snapshotOutside(): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (path === workspace || path === fixture.dataDir) continue;
      const info = lstatSync(path);
      if (info.isDirectory()) walk(path);
      entries.set(
        path,
        info.isFile()
          ? createHash("sha256").update(readFileSync(path)).digest("hex")
          : info.isSymbolicLink()
            ? "link"
            : "dir",
      );
    }
  };
  walk(root);
  return entries;
}

function hostilePaths(): string[] {
  const rootName = basename(root);
  const suffixes = [
    "secret.txt",
    "outside-dir/secret.txt",
    `../${rootName}/secret.txt`,
    "etc/passwd",
    "created-outside.txt",
    "new-dir/created.txt",
  ];
  const traversals = [
    ...[1, 2, 3, 4, 6].map((depth) => "../".repeat(depth)),
    "./../",
    "a/../../",
    "a/b/../../../",
    "sub/./../../",
    "sub/..//../",
    "sub/ok.txt/../../../",
    "././../",
    "%2e%2e/",
    "%2e%2e%2f",
    "..%2f",
    "%252e%252e/",
    "..%5c",
    "%c0%ae%c0%ae/",
    "..%c0%af",
    ".%2e/",
    "%2e./",
    "\uff0e\uff0e/",
    "\u2024\u2024/",
    "..\u2215",
    "..\uff0f",
    "\u2025/",
    "\ufe52\ufe52/",
    "\u3002\u3002/",
    "..\u2044",
    ".. /",
    "... /",
    ". ./",
    "..\u0000/",
    "\u0000../",
    "../\u0000",
    "..;/",
    "..\t/",
    "sub/up/",
    "sub/rel/../",
    "link-dir/../",
    "inside-link/../../",
    "chain-1/../../",
  ];
  const separators: ((path: string) => string)[] = [
    (path) => path,
    (path) => path.replaceAll("/", "\\"),
    (path) => path.replaceAll("/", "//"),
    (path) => path.replace(/\//g, (_match, offset: number) => (offset % 2 === 0 ? "\\" : "/")),
    (path) => path.replaceAll("/", "/./"),
    (path) => path.replaceAll("/", "\\\\"),
  ];
  const paths = new Set<string>();
  for (const traversal of traversals) {
    for (const suffix of suffixes) for (const separator of separators) paths.add(separator(traversal + suffix));
  }
  const absolutes = [
    join(root, "secret.txt"),
    join(root, "outside-dir", "secret.txt"),
    join(root, "created-abs.txt"),
    "/etc/passwd",
    "/tmp/created-abs.txt",
  ];
  for (const absolute of absolutes) {
    for (const variant of [
      absolute,
      absolute.replaceAll("/", "\\"),
      `/${absolute}`,
      `file://${absolute}`,
      `\\\\?\\${absolute}`,
      `${absolute}\u0000.txt`,
    ])
      paths.add(variant);
  }
  for (const windows of [
    "C:\\Windows\\win.ini",
    "C:/secret.txt",
    "c:secret.txt",
    "\\\\server\\share\\secret.txt",
    "\\\\?\\C:\\secret.txt",
    "\\\\.\\pipe\\x",
    "D:..\\secret.txt",
  ])
    paths.add(windows);
  for (const link of [
    "link-file",
    "link-dir/secret.txt",
    "link-dir",
    "chain-1/secret.txt",
    "chain-2/secret.txt",
    "dangling",
    "dangling-dir/x.txt",
    "sub/up/secret.txt",
    "sub/up/outside-dir/secret.txt",
    "sub/rel/secret.txt",
    "inside-link/up/secret.txt",
    "inside-link/rel/secret.txt",
    "./link-file",
    "sub/../link-file",
    "link-dir/new.txt",
    "chain-1/new/deeper.txt",
  ]) {
    for (const separator of separators) paths.add(separator(link));
  }
  paths.add(`${"a/".repeat(3000)}${"../".repeat(3001)}secret.txt`);
  paths.add(`${"../".repeat(2000)}secret.txt`);
  paths.add("x".repeat(5000));
  paths.add(`${"\u00e9".repeat(200)}/../../secret.txt`);
  return [...paths];
}

it("refuses ≥1,000 hostile paths: nothing outside the workspace is read or created", async () => {
  const paths = hostilePaths();
  expect(paths.length).toBeGreaterThanOrEqual(1_000);
  const before = snapshotOutside();
  const leaks: string[] = [];
  let refused = 0;
  const accepted: string[] = [];
  const started = performance.now();
  for (const path of paths) {
    const read = await fixture.host
      .execute({ toolsetId: "files", toolName: "read_file", args: { path }, ...callIn(workspace) })
      .then(
        (output) => JSON.stringify(output),
        (error: unknown) => ((refused += 1), (error as Error).message),
      );
    if (read.includes(secret)) leaks.push(`read_file ${JSON.stringify(path)}`);
    const written = await fixture.host
      .execute({ toolsetId: "files", toolName: "write_file", args: { path, content: "PWNED" }, ...callIn(workspace) })
      .then(
        () => "written",
        (error: unknown) => (error as Error).message,
      );
    if (written === "written") {
      accepted.push(path);
      if (!landedInside(path)) leaks.push(`write_file ${JSON.stringify(path)} wrote somewhere else`);
    }
  }
  console.log(
    `path corpus: ${paths.length} paths × read+write in ${Math.round(performance.now() - started)} ms; ${refused} reads refused; writes accepted (literal names inside): ${JSON.stringify(accepted.slice(0, 8))}…`,
  );
  expect(leaks).toEqual([]);
  expect(snapshotOutside()).toEqual(before);
  expect(readFileSync(join(root, "secret.txt"), "utf8")).toBe(secret);
});

/**
 * A write that was accepted must have created exactly the lexically normalized path inside the
 * workspace: names like `%2e%2e` or `..;` are literal (by design, percent-encoding is not decoded).
 */
function landedInside(path: string): boolean {
  const normalized = normalizeWorkspacePath(path);
  if (!normalized.ok) return false;
  const target = join(workspace, normalized.path);
  try {
    return realpathSync(target).startsWith(`${realpathSync(workspace)}/`) && readFileSync(target, "utf8") === "PWNED";
  } catch {
    return false;
  }
}
