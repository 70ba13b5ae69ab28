import { createHash, randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FileChange, ManifestFiles, ManifestSummary } from "@covalt/contracts";
import { CovaltError, diffManifests } from "@covalt/core";
import type Sqlite from "better-sqlite3";
import { BlobStore } from "./blob-store.js";
import { caseClashError, findCaseClash, refuseCaseClash } from "./case-clash-on-disk.js";
import { ignoresCase } from "./case-insensitive-disk.js";
import { checkedPath, ensureFolder, resolveForEdit } from "./confined-path.js";
import { KeyedLock } from "./keyed-lock.js";
import { ManifestStore } from "./manifest-store.js";
import { Materializer } from "./materializer.js";
import { changesSince, hasUnrecorded, release, Snapshotter, type StatCache } from "./snapshotter.js";
import { StatCacheStore } from "./stat-cache-store.js";
import { StaleWriteError } from "./stale-write-error.js";
import type { WorkspaceLogger } from "./workspace-logger.js";

export interface WorkspacesOptions {
  /** Folders live in `<dataDir>/workspaces/<chatId>/`, contents in `<dataDir>/blobs/`. */
  dataDir: string;
  /** The open database (migrated: needs `workspace_manifests`). */
  sqlite: Sqlite.Database;
  logger: WorkspaceLogger;
  /** Flush each new blob to disk before a manifest names it (survives power loss); default true. */
  fsync?: boolean;
  /**
   * Whether the disk treats names that differ only by case as one (macOS, Windows); asked of the
   * disk when left out. Set, it shows on one disk what another would do (tests).
   */
  caseInsensitiveDisk?: boolean;
}

export interface SnapshotResult {
  /** The new manifest, or the base when nothing changed (null: an empty folder with no base). */
  manifestId: string | null;
  changes: FileChange[];
  /** Files whose bytes were read: the ones the stat cache could not vouch for. */
  filesRead: number;
}

const emptyFiles: ManifestFiles = Object.freeze(Object.create(null) as ManifestFiles);
const chatIdPattern = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The per-chat workspace engine: a folder per chat that tools write into, versioned as manifests
 * (path → {hash, size, mode}) over a content-addressed blob store shared by all chats.
 *
 * API (every path is relative to the chat's folder and goes through core's `normalizeWorkspacePath`):
 * - `dirOf(chatId)` → the chat's folder (`<dataDir>/workspaces/<chatId>`); created on first use.
 * - `snapshot(chatId, baseManifestId | null)` → `{ manifestId, changes, filesRead }`: records the
 *   folder as a manifest stored as a delta on the base; when nothing changed returns the base id
 *   (null for an empty folder with no base) and `[]`, recording nothing. Only files whose stat
 *   changed since the last look are read; the stat cache is kept across restarts.
 * - `materialize(chatId, fromManifestId | null, toManifestId | null)` → changes on disk: makes the
 *   folder hold exactly the `to` files (null: none), rewriting only files that differ. Files on
 *   disk that neither `from` nor `to` records (a tool wrote after the last snapshot) are never lost:
 *   they are first saved as a manifest with no message (see `summaries`) and a warning is logged.
 *   So a move cut off by a crash is finished by materializing again from `from` to `to`.
 * - `files(manifestId)` → the manifest's files (frozen). `summaries(chatId)` → newest first.
 * - `copyManifests(toChatId, manifestIds)` → old id → copy id: the versions a forked chat starts
 *   with, naming the same blobs (nothing is copied on disk; materialize the fork afterwards).
 * - `readFile(chatId, path, manifestId?)` → bytes on disk now, or as recorded in that manifest.
 * - `writeFile(chatId, path, content, { expectedHash }?)`, `deleteFile` (a file or a whole folder),
 *   `renameFile(chatId, from, to)`, `createFolder`: user edits; the caller snapshots afterwards.
 *   `expectedHash` (null: the file must not exist) turns a concurrent change into a conflict.
 * - `deleteChat(chatId)`: removes the folder and the chat's manifests, then collects garbage.
 * - `collectGarbage()`: deletes blobs no manifest names. `close()`: waits for running operations.
 *
 * Errors (`CovaltError`): `workspace-path-invalid` (a path leaves the folder, is malformed, or goes
 * through a symbolic link), `workspace-conflict` (a file where a folder must be, a target that
 * exists, an `expectedHash` mismatch — a `StaleWriteError` —, a manifest of another chat, a new
 * name that differs only by case from an entry in its folder, a version whose names differ only by
 * case on a disk that ignores case), `not-found`.
 *
 * Operations on one chat run one at a time (snapshot, materialize, edits); different chats never
 * share a folder and run concurrently. Crash safety: blobs are complete before a manifest names
 * them and a manifest is one row insert, so a kill at any point leaves every recorded manifest
 * loadable. Symbolic links, special files and names that are not in normal form are not versioned
 * (skipped with a warning); empty folders are not versioned either.
 */
export class Workspaces {
  readonly blobs: BlobStore;
  readonly manifests: ManifestStore;
  readonly #workspacesDir: string;
  readonly #stagingDir: string;
  readonly #snapshotter: Snapshotter;
  readonly #materializer: Materializer;
  readonly #locks = new KeyedLock();
  readonly #statCaches: StatCacheStore;
  readonly #logger: WorkspaceLogger;

  constructor(options: WorkspacesOptions) {
    this.#workspacesDir = join(options.dataDir, "workspaces");
    this.#stagingDir = join(options.dataDir, "workspace-staging");
    this.#logger = options.logger;
    this.blobs = new BlobStore(join(options.dataDir, "blobs"), { fsync: options.fsync ?? true });
    this.manifests = new ManifestStore(options.sqlite);
    this.#snapshotter = new Snapshotter(this.blobs, options.logger);
    this.#statCaches = new StatCacheStore(options.sqlite, options.logger);
    const { caseInsensitiveDisk } = options;
    this.#materializer = new Materializer(
      this.blobs,
      this.#stagingDir,
      options.logger,
      caseInsensitiveDisk === undefined ? ignoresCase : () => Promise.resolve(caseInsensitiveDisk),
    );
  }

  dirOf(chatId: string): string {
    if (!chatIdPattern.test(chatId)) throw new CovaltError("workspace-path-invalid", "That is not a chat id.");
    return join(this.#workspacesDir, chatId);
  }

  snapshot(chatId: string, baseManifestId: string | null): Promise<SnapshotResult> {
    return this.#locks.run(chatId, async () => {
      const root = await this.#root(chatId);
      const base = this.#filesOf(chatId, baseManifestId);
      const scan = await this.#snapshotter.scan(root, this.#cacheOf(chatId), base);
      if (scan.hashed > 0 || scan.changed.length > 0) this.#statCaches.changed(chatId);
      try {
        const changes = changesSince(base, scan);
        const filesRead = scan.hashed;
        if (changes.length === 0) return { manifestId: baseManifestId, changes, filesRead };
        const manifestId = this.manifests.save(chatId, scan.files, baseManifestId, scan.changed);
        return { manifestId, changes, filesRead };
      } finally {
        release(this.blobs, scan.pinned);
      }
    });
  }

  materialize(chatId: string, fromManifestId: string | null, toManifestId: string | null): Promise<FileChange[]> {
    return this.#locks.run(chatId, async () => {
      const root = await this.#root(chatId);
      const from = this.#filesOf(chatId, fromManifestId);
      const target = this.#filesOf(chatId, toManifestId);
      const cache = this.#cacheOf(chatId);
      const scan = await this.#snapshotter.scan(root, cache, from);
      try {
        // Only what neither version records needs saving: after a move cut off by a crash, the
        // folder is a mix of `from` and the target, and finishing the move loses nothing.
        if (hasUnrecorded(from, target, scan)) {
          const unsaved = changesSince(from, scan);
          const rescued = this.manifests.save(chatId, scan.files, fromManifestId, scan.changed);
          this.#logger.warn(
            { chatId, manifestId: rescued, changes: unsaved.length },
            "The workspace had changes no manifest recorded; saved them as a manifest before switching version",
          );
        }
        await this.#materializer.apply(root, target, scan.files, cache);
        this.#statCaches.changed(chatId);
        return diffManifests(scan.files, target);
      } finally {
        release(this.blobs, scan.pinned);
      }
    });
  }

  /** Copies manifests into a forked chat (see `ManifestStore.copyTo`): all or none, no folder touched. */
  copyManifests(toChatId: string, manifestIds: readonly string[]): Map<string, string> {
    return this.manifests.copyTo(toChatId, manifestIds);
  }

  files(manifestId: string): ManifestFiles {
    return this.manifests.load(manifestId);
  }

  summaries(chatId: string): ManifestSummary[] {
    return this.manifests.summaries(chatId);
  }

  async readFile(chatId: string, path: string, manifestId?: string): Promise<Buffer> {
    const relative = checkedPath(path);
    if (manifestId !== undefined) {
      const files = this.#filesOf(chatId, manifestId);
      const entry = Object.hasOwn(files, relative) ? files[relative] : undefined;
      if (entry === undefined) throw new CovaltError("not-found", `\`${relative}\` is not in that version.`);
      return this.blobs.read(entry.hash);
    }
    const { path: absolute, kind } = await resolveForEdit(await this.#root(chatId), relative);
    if (kind !== "file") throw new CovaltError("not-found", `There is no file \`${relative}\` in the workspace.`);
    return readFile(absolute);
  }

  writeFile(chatId: string, path: string, content: Buffer, options: { expectedHash?: string | null } = {}) {
    return this.#locks.run(chatId, async () => {
      const root = await this.#root(chatId);
      const relative = checkedPath(path);
      const target = await resolveForEdit(root, relative);
      if (target.kind !== "missing" && target.kind !== "file") {
        throw new CovaltError("workspace-conflict", `\`${relative}\` is a folder, not a file.`);
      }
      // Before the hash check: a case-insensitive disk finds `README.md` when asked for
      // `readme.md`, and the refusal must read the same on every disk.
      await refuseCaseClash(root, relative);
      if (options.expectedHash !== undefined) {
        const current = target.kind === "file" ? sha256(await readFile(target.path)) : null;
        if (current !== options.expectedHash) {
          throw new StaleWriteError(
            current === null
              ? `\`${relative}\` was deleted meanwhile.`
              : `\`${relative}\` ${options.expectedHash === null ? "already exists" : "changed meanwhile"}.`,
          );
        }
      }
      const mode = target.kind === "file" ? (await stat(target.path)).mode & 0o777 : 0o644;
      const folder = await ensureFolder(root, parentOf(relative), refuseObstacle);
      await mkdir(this.#stagingDir, { recursive: true, mode: 0o700 });
      const staged = join(this.#stagingDir, randomBytes(12).toString("hex"));
      try {
        await writeFile(staged, content, { mode });
        await rename(staged, join(folder, nameOf(relative)));
      } finally {
        await rm(staged, { force: true });
      }
    });
  }

  deleteFile(chatId: string, path: string): Promise<void> {
    return this.#locks.run(chatId, async () => {
      const relative = checkedPath(path);
      const target = await resolveForEdit(await this.#root(chatId), relative);
      if (target.kind === "missing")
        throw new CovaltError("not-found", `There is no \`${relative}\` in the workspace.`);
      // rm never follows links inside the folder it removes.
      await rm(target.path, { recursive: true });
    });
  }

  renameFile(chatId: string, from: string, to: string): Promise<void> {
    return this.#locks.run(chatId, async () => {
      const root = await this.#root(chatId);
      const source = checkedPath(from, "source");
      const destination = checkedPath(to, "destination");
      if (source === destination) return;
      if (destination.startsWith(`${source}/`)) {
        throw new CovaltError("workspace-path-invalid", `\`${source}\` cannot move into itself.`);
      }
      const existing = await resolveForEdit(root, source);
      if (existing.kind === "missing")
        throw new CovaltError("not-found", `There is no \`${source}\` in the workspace.`);
      const target = await resolveForEdit(root, destination);
      // On a case-insensitive disk `A.txt` is found when `a.txt` exists: the same entry, renamed by case.
      if (target.kind !== "missing" && !(await sameEntry(existing.path, target.path))) {
        throw new CovaltError("workspace-conflict", `\`${destination}\` already exists.`);
      }
      // Changing only the case of the entry itself (`a.txt` → `A.txt`) clashes with nothing but the source.
      const clash = await findCaseClash(root, destination);
      if (clash !== undefined && !(clash.path === destination && clash.existing === source)) {
        throw caseClashError(destination, clash);
      }
      const folder = await ensureFolder(root, parentOf(destination), refuseObstacle);
      await rename(existing.path, join(folder, nameOf(destination)));
    });
  }

  createFolder(chatId: string, path: string): Promise<void> {
    return this.#locks.run(chatId, async () => {
      const root = await this.#root(chatId);
      const relative = checkedPath(path);
      await resolveForEdit(root, relative);
      await refuseCaseClash(root, relative);
      await ensureFolder(root, relative, refuseObstacle);
    });
  }

  deleteChat(chatId: string): Promise<void> {
    const dir = this.dirOf(chatId);
    return this.#locks
      .run(chatId, async () => {
        await rm(dir, { recursive: true, force: true });
        this.manifests.deleteChat(chatId);
        this.#statCaches.forget(chatId);
      })
      .then(() => this.collectGarbage())
      .then(() => undefined);
  }

  /** Deletes blobs that no manifest names, and staging leftovers of a crash. */
  async collectGarbage(): Promise<{ blobs: number; bytes: number }> {
    const cutoff = Date.now() - 60_000;
    for (const name of await readdir(this.#stagingDir).catch(() => [])) {
      const path = join(this.#stagingDir, name);
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined && info.mtimeMs < cutoff) await rm(path, { force: true, recursive: true });
    }
    const removed = await this.blobs.collect(() => this.manifests.referencedHashes());
    if (removed.blobs > 0) this.#logger.info(removed, "Removed workspace contents no version uses");
    return removed;
  }

  /** Waits for the operations under way and saves the stat caches; call before closing the database. */
  async close(): Promise<void> {
    await this.#locks.idle();
    this.#statCaches.flush();
  }

  #filesOf(chatId: string, manifestId: string | null): ManifestFiles {
    if (manifestId === null) return emptyFiles;
    const files = this.manifests.load(manifestId);
    if (this.manifests.chatOf(manifestId) !== chatId) {
      throw new CovaltError("workspace-conflict", `Manifest ${manifestId} belongs to another chat.`);
    }
    return files;
  }

  #cacheOf(chatId: string): StatCache {
    return this.#statCaches.get(chatId);
  }

  /** The chat's folder, created if needed, and checked to be a real folder where it should be. */
  async #root(chatId: string): Promise<string> {
    const dir = this.dirOf(chatId);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const [real, parent] = await Promise.all([realpath(dir), realpath(this.#workspacesDir)]);
    if (real !== join(parent, chatId)) {
      throw new CovaltError("workspace-path-invalid", "The chat's workspace folder is a link; it cannot be used.");
    }
    return dir;
  }
}

/** Whether two paths name one entry (true of `a.txt` and `A.txt` on a case-insensitive disk). */
async function sameEntry(left: string, right: string): Promise<boolean> {
  const [one, other] = await Promise.all([lstat(left), lstat(right)]);
  return one.dev === other.dev && one.ino === other.ino;
}

function refuseObstacle(): boolean {
  return false;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function sha256(content: Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}
