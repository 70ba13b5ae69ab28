import { randomBytes } from "node:crypto";
import { chmodSync, constants, renameSync, rmSync } from "node:fs";
import { mkdir, open, rmdir, unlink } from "node:fs/promises";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { join } from "node:path";
import type { ManifestEntry, ManifestFiles } from "@covalt/contracts";
import { caseCollisions, CovaltError } from "@covalt/core";
import type { BlobStore } from "./blob-store.js";
import type { WorkspaceLogger } from "./workspace-logger.js";
import { assertManifestPath, ensureFolder, type Existing } from "./confined-path.js";
import { rememberWritten, type StatCache } from "./snapshotter.js";

/** Files written between two yields to the event loop. */
const writeBatch = 64;

/**
 * Makes a chat's folder hold exactly the files of a target manifest, touching only what differs:
 * files only on disk are deleted (and folders left empty by that removed), missing or different
 * files are copied from the blob store to a staging file on the same file system and renamed into
 * place (a reader sees the old or the new file, never half of one), and a mode-only change is a
 * chmod. The folder itself is never removed. Paths come from the manifest and are checked again
 * here: anything but a normalized relative path, or a manifest using one path both as a file and
 * as a folder, is refused before the disk is touched; folders are created one level at a time
 * without following links, and a link standing where a folder or file must go is removed (the
 * link, never what it points to).
 *
 * Names that differ only by case (`README.md` and `readme.md`, or folders `src` and `Src`) can be
 * in a manifest: the API and the files toolset refuse creating them (core's `caseTwin`), but anything
 * else writing the folder on a case-sensitive disk (a shell run by a tool, an MCP server, the user)
 * can make both, and the snapshot records both rather than lose one. Putting such a version on a
 * disk that ignores case (macOS, Windows) would silently merge them: one file's content lost, or a
 * folder's files moved into its twin and recorded as renames by the next snapshot. There the move
 * is refused before the folder is touched, naming the twins (`workspace-conflict`); the version's
 * files stay readable from its history. On a case-sensitive disk the version is written exactly,
 * with a warning: refusing there would lock the user out of the very version their tools made,
 * and of every branch switch back to it, to protect against a disk they are not using. So every
 * disk gives the same guarantee: the recorded files exactly, or a clear refusal, never a merge.
 */
export class Materializer {
  constructor(
    private readonly blobs: BlobStore,
    private readonly stagingDir: string,
    private readonly logger: WorkspaceLogger,
    /** Whether the disk holding `root` treats names that differ only by case as one. */
    private readonly ignoresCase: (root: string) => Promise<boolean>,
  ) {}

  /** `onDisk` must be what the folder holds now (a fresh scan), so nothing unexpected is overwritten. */
  async apply(root: string, target: ManifestFiles, onDisk: ManifestFiles, cache: StatCache): Promise<void> {
    assertWellFormed(target);
    await this.#checkCaseTwins(root, target);
    const writes: [string, ManifestEntry][] = [];
    const modeChanges: [string, number][] = [];
    for (const path of Object.keys(target)) {
      const wanted = target[path] as ManifestEntry;
      const present = Object.hasOwn(onDisk, path) ? onDisk[path] : undefined;
      if (present === undefined || present.hash !== wanted.hash) writes.push([path, wanted]);
      else if (present.mode !== wanted.mode) modeChanges.push([path, wanted.mode]);
    }
    const deletions = Object.keys(onDisk).filter((path) => !Object.hasOwn(target, path));

    // Refuse before changing anything if the store cannot supply every file.
    for (const hash of new Set(writes.map(([, entry]) => entry.hash))) {
      if (!this.blobs.hasSync(hash)) {
        throw new CovaltError("not-found", `The stored content ${hash.slice(0, 12)}… of this version is missing.`);
      }
    }

    const folders = new Map<string, Promise<string>>();
    const folderOf = (relative: string) => {
      let folder = folders.get(relative);
      if (folder === undefined) {
        folder = ensureFolder(root, relative, (path, kind) => this.#removeObstacle(root, path, kind));
        folders.set(relative, folder);
      }
      return folder;
    };

    for (const path of deletions) {
      await folderOf(parentOf(path));
      await unlink(join(root, path)).catch(ignoreMissing);
      cache.delete(path);
    }
    await pruneEmptyFolders(root, deletions);
    folders.clear();

    await mkdir(this.stagingDir, { recursive: true, mode: 0o700 });
    // Synchronous copies in batches: through the thread pool each small file costs several times
    // its system calls; yielding between batches keeps other requests waiting a few ms at most.
    for (let start = 0; start < writes.length; start += writeBatch) {
      for (const [path, entry] of writes.slice(start, start + writeBatch)) {
        const destination = join(await folderOf(parentOf(path)), path.slice(path.lastIndexOf("/") + 1));
        this.#writeFile(path, entry, destination);
        rememberWritten(cache, path, destination, entry.hash);
      }
      await yieldToEventLoop();
    }

    for (const [path, mode] of modeChanges) {
      await folderOf(parentOf(path));
      // Through a descriptor opened without following links: chmod on a path would follow one.
      const handle = await open(join(root, path), constants.O_RDONLY | constants.O_NOFOLLOW);
      await handle.chmod(mode).finally(() => handle.close());
      cache.delete(path);
    }
  }

  /** See the class comment: refused where the disk ignores case, written with a warning elsewhere. */
  async #checkCaseTwins(root: string, target: ManifestFiles): Promise<void> {
    const twins = caseCollisions(Object.keys(target));
    if (twins.length === 0) return;
    if (await this.ignoresCase(root)) {
      throw new CovaltError(
        "workspace-conflict",
        `This version has names that differ only in case (${describeTwins(twins)}), which this disk cannot ` +
          "keep apart: it ignores case, as macOS and Windows do. The folder was left as it was; the files are " +
          "still in the version's history.",
      );
    }
    this.logger.warn(
      { twins: twins.slice(0, 20) },
      "Writing a workspace version with names that differ only in case; a disk that ignores case (macOS, Windows) could not hold it",
    );
  }

  #writeFile(path: string, entry: ManifestEntry, destination: string): void {
    const staged = join(this.stagingDir, randomBytes(12).toString("hex"));
    try {
      this.blobs.copyToSync(entry.hash, staged, entry.size);
      chmodSync(staged, entry.mode);
      try {
        renameSync(staged, destination);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EISDIR" && code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
        // An unversioned folder (only links or empty folders inside) stands where the file goes.
        this.logger.warn({ path }, "Replacing a folder with no versioned files by a file while switching version");
        rmSync(destination, { recursive: true, force: true });
        renameSync(staged, destination);
      }
    } catch (error) {
      rmSync(staged, { force: true });
      throw error;
    }
  }

  #removeObstacle(root: string, path: string, kind: Existing): boolean {
    this.logger.warn(
      { path: path.slice(root.length + 1) },
      `Removing an unversioned ${kind === "link" ? "symbolic link" : "entry"} that stands where a folder goes`,
    );
    return true;
  }
}

function assertWellFormed(target: ManifestFiles): void {
  for (const path of Object.keys(target)) {
    assertManifestPath(path);
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
      if (Object.hasOwn(target, path.slice(0, slash))) {
        throw new CovaltError(
          "workspace-path-invalid",
          `The manifest uses \`${path.slice(0, slash)}\` both as a file and as a folder.`,
        );
      }
    }
  }
}

/** `a` and `A`; `b` and `B`, the first few groups. */
function describeTwins(twins: readonly string[][]): string {
  const shown = twins.slice(0, 5).map((group) => group.map((path) => `\`${path.slice(0, 120)}\``).join(" and "));
  return twins.length > shown.length
    ? `${shown.join("; ")}; and ${twins.length - shown.length} more`
    : shown.join("; ");
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** Removes folders that the deletions left empty, deepest first; never the workspace folder itself. */
async function pruneEmptyFolders(root: string, deleted: readonly string[]): Promise<void> {
  const candidates = new Set<string>();
  for (const path of deleted) {
    for (let folder = parentOf(path); folder !== ""; folder = parentOf(folder)) candidates.add(folder);
  }
  const deepestFirst = [...candidates].sort((left, right) => right.split("/").length - left.split("/").length);
  for (const folder of deepestFirst) {
    await rmdir(join(root, folder)).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (!["ENOTEMPTY", "EEXIST", "ENOENT", "ENOTDIR"].includes(code)) throw error;
    });
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== "ENOENT") throw error;
}
