import { type Dirent, lstatSync, readdirSync, type Stats } from "node:fs";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { join, sep } from "node:path";
import type { FileChange, ManifestEntry, ManifestFiles } from "@covalt/contracts";
import { caseCollisions, diffManifests, normalizeWorkspacePath } from "@covalt/core";
import type { BlobStore } from "./blob-store.js";
import { forEachLimited } from "./for-each-limited.js";
import type { WorkspaceLogger } from "./workspace-logger.js";

/** What the last look at a file saw; its hash is trusted while these facts stay the same. */
export interface CachedStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  mode: number;
  hash: string;
  /** When the stat was taken (a lower bound): see `trusted`. */
  checkedAt: number;
}

export type StatCache = Map<string, CachedStat>;

export interface Scan {
  files: ManifestFiles;
  /** Hashes this scan stored or relied on that the base may not have; pinned until `release`. */
  pinned: string[];
  /** Files whose content was read (cache misses). */
  hashed: number;
  /** Every path whose entry may differ from the base's (a superset of the real changes). */
  changed: string[];
}

/**
 * A file changed within one clock tick of the stat that cached it could change again in the same
 * tick and keep its ctime: such an entry is hashed once more on the next scan (git's "racily
 * clean" rule). 50 ms is well above the coarsest kernel timestamp granularity we expect (10 ms).
 */
const racyMarginMs = 50;
/** Synchronous stats between two yields to the event loop (a few milliseconds of work). */
const yieldEvery = 2_000;
/** Changed files read and stored at once. */
const hashConcurrency = 8;

/**
 * Reads a chat's folder into a manifest. Only regular files are versioned: symbolic links (which
 * could point anywhere, and which tools could use to read outside) are never followed and are
 * skipped with one warning per path, as are sockets, FIFOs and devices, and names that are not in
 * the normal form core's path check gives (control characters, `:`, non-NFC Unicode), since such a
 * name could not be written back under the same path. Empty folders are not recorded.
 *
 * A file whose size, mtime, ctime and inode match the stat cache keeps its cached hash; any other
 * file is read once, its bytes hashed and stored as a blob in the same pass.
 *
 * Names that differ only by case (`README.md` and `readme.md`) are recorded, both: the API and the
 * files toolset refuse to create them, but on a case-sensitive disk anything else writing the folder
 * (a shell, an MCP server, the user) can. Dropping one would lose data; a warning says that a disk
 * ignoring case could not hold this version (the materializer refuses it there).
 */
export class Snapshotter {
  readonly #warned = new Set<string>();

  constructor(
    private readonly blobs: BlobStore,
    private readonly logger: WorkspaceLogger,
  ) {}

  async scan(root: string, cache: StatCache, base: ManifestFiles): Promise<Scan> {
    const startedAt = Date.now();
    const files = Object.create(null) as ManifestFiles;
    const pinned: string[] = [];
    const misses: { relative: string; absolute: string; info: Stats }[] = [];
    /** Cache hits whose hash or mode differs from the base. */
    const differing: string[] = [];

    // Listing and stat are synchronous: on a 10,000-file folder the thread pool's round trips cost
    // several times the system calls themselves. The loop yields between folders and every few
    // thousand stats, so other requests wait a few milliseconds at most.
    let sinceYield = 0;
    const folders = [""];
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
      const absoluteFolder = folder === "" ? root : `${root}${sep}${folder}`;
      let entries: Dirent[];
      try {
        entries = readdirSync(absoluteFolder, { withFileTypes: true });
      } catch (error) {
        if (isGone(error)) continue;
        throw error;
      }
      for (const entry of entries) {
        const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
        // A cached path was accepted before; checking 10,000 names on every scan would cost more than the stats.
        if (!cache.has(relative) && !this.#acceptableName(relative)) continue;
        if (entry.isSymbolicLink()) this.#warnOnce(relative, "is a symbolic link; links are not versioned or followed");
        else if (entry.isDirectory()) folders.push(relative);
        else if (!entry.isFile()) this.#warnOnce(relative, "is not a regular file; it is not versioned");
        else {
          const absolute = `${absoluteFolder}${sep}${entry.name}`;
          const info = lstatSync(absolute, { throwIfNoEntry: false });
          if (info === undefined || !info.isFile()) continue; // removed or replaced while we looked
          const cached = cache.get(relative);
          if (cached !== undefined && trusted(cached, info)) {
            const mode = info.mode & 0o777;
            files[relative] = { hash: cached.hash, size: cached.size, mode };
            const previous = Object.hasOwn(base, relative) ? base[relative] : undefined;
            if (previous?.hash !== cached.hash || previous.mode !== mode) differing.push(relative);
          } else misses.push({ relative, absolute, info });
        }
        if (++sinceYield >= yieldEvery) {
          sinceYield = 0;
          await yieldToEventLoop();
        }
      }
    }

    try {
      await this.#ensureStored(root, files, base, differing, pinned);
      await forEachLimited(misses, hashConcurrency, async ({ relative, absolute, info }) => {
        let stored;
        try {
          stored = await this.blobs.put(absolute);
        } catch (error) {
          if (isGone(error)) return;
          throw error;
        }
        pinned.push(stored.hash);
        const mode = info.mode & 0o777;
        files[relative] = { hash: stored.hash, size: stored.size, mode } satisfies ManifestEntry;
        cache.set(relative, {
          size: info.size,
          mtimeMs: info.mtimeMs,
          ctimeMs: info.ctimeMs,
          ino: info.ino,
          mode,
          hash: stored.hash,
          checkedAt: startedAt,
        });
      });
    } catch (error) {
      release(this.blobs, pinned);
      throw error;
    }
    for (const path of cache.keys()) if (!Object.hasOwn(files, path)) cache.delete(path);
    const deleted = Object.keys(base).filter((path) => !Object.hasOwn(files, path));
    const changed = [...differing, ...misses.map((miss) => miss.relative), ...deleted];
    // Only a new path can make a new pair: most scans add none and skip the look at every name.
    if (changed.some((path) => Object.hasOwn(files, path) && !Object.hasOwn(base, path)))
      this.#warnAboutCaseTwins(files);
    return { files, pinned, hashed: misses.length, changed };
  }

  /** Whether this warning was not given yet (the memory is bounded: past 10,000 it starts over). */
  #firstTime(key: string): boolean {
    if (this.#warned.has(key)) return false;
    if (this.#warned.size > 10_000) this.#warned.clear();
    this.#warned.add(key);
    return true;
  }

  #warnAboutCaseTwins(files: ManifestFiles): void {
    for (const twins of caseCollisions(Object.keys(files))) {
      if (!this.#firstTime(`case twins\0${twins.join("\0")}`)) continue;
      this.logger.warn(
        { paths: twins },
        "Workspace names differ only in case; both are recorded, but a disk that ignores case (macOS, Windows) could not hold this version.",
      );
    }
  }

  /**
   * Cached hashes the base does not record (the cache outlived a snapshot that failed before its
   * manifest was saved): their blobs may have been collected since, so check, and pin them.
   */
  async #ensureStored(
    root: string,
    files: ManifestFiles,
    base: ManifestFiles,
    differing: readonly string[],
    pinned: string[],
  ): Promise<void> {
    for (const path of differing) {
      const entry = files[path] as ManifestEntry;
      if (Object.hasOwn(base, path) && base[path]?.hash === entry.hash) continue;
      this.blobs.pin(entry.hash);
      pinned.push(entry.hash);
      if (await this.blobs.has(entry.hash)) continue;
      try {
        const stored = await this.blobs.put(join(root, path));
        pinned.push(stored.hash);
        files[path] = { ...entry, hash: stored.hash, size: stored.size };
      } catch (error) {
        if (!isGone(error)) throw error;
        Reflect.deleteProperty(files, path);
      }
    }
  }

  #acceptableName(path: string): boolean {
    const result = normalizeWorkspacePath(path);
    if (result.ok && result.path === path) return true;
    this.#warnOnce(path, `cannot be versioned: ${result.ok ? "its name is not in normal (NFC) form" : result.reason}`);
    return false;
  }

  #warnOnce(path: string, problem: string): void {
    if (!this.#firstTime(path)) return;
    this.logger.warn({ path }, `Workspace entry ${JSON.stringify(path.slice(0, 200))} ${problem}.`);
  }
}

export function release(blobs: BlobStore, pinned: readonly string[]): void {
  for (const hash of pinned) blobs.unpin(hash);
}

/** Records what a write just put on disk, so the next scan need not read it again. */
export function rememberWritten(cache: StatCache, relative: string, absolute: string, hash: string): void {
  const checkedAt = Date.now();
  const info = lstatSync(absolute, { throwIfNoEntry: false });
  if (info === undefined || !info.isFile()) return;
  cache.set(relative, {
    size: info.size,
    mtimeMs: info.mtimeMs,
    ctimeMs: info.ctimeMs,
    ino: info.ino,
    mode: info.mode & 0o777,
    hash,
    checkedAt,
  });
}

function trusted(cached: CachedStat, info: Stats): boolean {
  return (
    cached.size === info.size &&
    cached.mtimeMs === info.mtimeMs &&
    cached.ctimeMs === info.ctimeMs &&
    cached.ino === info.ino &&
    cached.ctimeMs < cached.checkedAt - racyMarginMs
  );
}

function isGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** What changed since the base, comparing only the paths the scan flagged instead of every file. */
export function changesSince(base: ManifestFiles, scan: Scan): FileChange[] {
  const before = Object.create(null) as ManifestFiles;
  const after = Object.create(null) as ManifestFiles;
  for (const path of scan.changed) {
    if (Object.hasOwn(base, path)) before[path] = base[path] as ManifestEntry;
    if (Object.hasOwn(scan.files, path)) after[path] = scan.files[path] as ManifestEntry;
  }
  return diffManifests(before, after);
}

/**
 * Whether the folder holds anything no manifest records: a changed path whose content is neither
 * as `base` nor as `other` has it. A move to `other` cut off by a crash leaves a mix of both
 * versions, which needs no saving; a tool's write after the last snapshot does.
 */
export function hasUnrecorded(base: ManifestFiles, other: ManifestFiles, scan: Scan): boolean {
  return scan.changed.some((path) => {
    const now = entryAt(scan.files, path);
    return !sameEntry(now, entryAt(base, path)) && !sameEntry(now, entryAt(other, path));
  });
}

function entryAt(files: ManifestFiles, path: string): ManifestEntry | undefined {
  return Object.hasOwn(files, path) ? files[path] : undefined;
}

function sameEntry(left: ManifestEntry | undefined, right: ManifestEntry | undefined): boolean {
  return left?.hash === right?.hash && left?.mode === right?.mode;
}
