import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ManifestEntry, ManifestFiles, ManifestSummary } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type Sqlite from "better-sqlite3";
import { newId } from "../ids/new-id.js";

/** A full copy every this many deltas, so loading a manifest never replays a long chain. */
export const keyframeInterval = 64;
/** Resolved manifests kept in memory, counted in files so one huge workspace cannot hog it. */
const cacheFileBudget = 200_000;

/** `[path, hash, size, mode]`: arrays, not objects, so a 10,000-file keyframe stays small. */
type EncodedEntry = [string, string, number, number];
interface EncodedDelta {
  set: EncodedEntry[];
  removed: string[];
}

interface ManifestRow {
  id: string;
  chat_id: string;
  base_id: string | null;
  depth: number;
  entries: Buffer;
}

/**
 * Manifests in SQLite, stored as deltas: a row records what changed since its base manifest and
 * every `keyframeInterval` deltas (or when the delta would be more than half the full list) a
 * keyframe records every file. A hundred snapshots of a 1,000-file workspace with one change each
 * thus cost two keyframes and 98 one-line deltas. Loading walks back to the nearest keyframe (or
 * cached ancestor) and replays forward; resolved manifests are cached (LRU, by file count).
 *
 * Manifests are immutable and frozen; they are deleted only with their chat (foreign key cascade),
 * so a base always outlives the deltas on it.
 */
export class ManifestStore {
  readonly #cache = new Map<string, { files: ManifestFiles; depth: number }>();
  #cachedFiles = 0;
  readonly #statements;

  constructor(private readonly sqlite: Sqlite.Database) {
    this.#statements = {
      row: sqlite.prepare<[string], ManifestRow>(
        "select id, chat_id, base_id, depth, entries from workspace_manifests where id = ?",
      ),
      insert: sqlite.prepare(
        "insert into workspace_manifests (id, chat_id, base_id, depth, entries, file_count, total_bytes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      chatOf: sqlite.prepare<[string], { chat_id: string }>("select chat_id from workspace_manifests where id = ?"),
      summaries: sqlite.prepare<
        [string, string],
        { id: string; created_at: number; file_count: number; total_bytes: number; message_id: string | null }
      >(
        `select m.id, m.created_at, m.file_count, m.total_bytes,
           (select min(id) from messages where chat_id = ? and manifest_id = m.id) as message_id
         from workspace_manifests m where m.chat_id = ? order by m.id desc`,
      ),
      allEntries: sqlite.prepare<[], { entries: Buffer }>("select entries from workspace_manifests"),
      deleteChat: sqlite.prepare("delete from workspace_manifests where chat_id = ?"),
    };
  }

  /**
   * Records `files` as a new manifest of `chatId` and returns its id (`mfst_…`). With a base, only
   * the difference is stored unless a keyframe is due; `changedPaths`, when the caller knows them
   * (a superset is fine), saves comparing every file. One insert, so a crash either records the
   * whole manifest or nothing; the blobs it names must already be stored. `files` is kept (frozen)
   * as the cached copy: do not change it afterwards.
   */
  save(chatId: string, files: ManifestFiles, baseId: string | null = null, changedPaths?: readonly string[]): string {
    const id = newId("manifest");
    const paths = Object.keys(files);
    let depth = 0;
    let delta: EncodedDelta | undefined;
    if (baseId !== null) {
      const base = this.#resolve(baseId);
      if (this.chatOf(baseId) !== chatId) {
        throw new CovaltError("workspace-conflict", `Manifest ${baseId} belongs to another chat.`);
      }
      const changed = deltaOf(base.files, files, changedPaths);
      if (base.depth + 1 < keyframeInterval && changed.set.length + changed.removed.length <= paths.length / 2) {
        delta = changed;
        depth = base.depth + 1;
      }
    }
    delta ??= { set: encodeAll(files), removed: [] };
    let totalBytes = 0;
    for (const path of paths) totalBytes += (files[path] as ManifestEntry).size;
    const encoded = deflateRawSync(JSON.stringify(delta), { level: 1 });
    this.#statements.insert.run(
      id,
      chatId,
      depth === 0 ? null : baseId,
      depth,
      encoded,
      paths.length,
      totalBytes,
      Date.now(),
    );
    this.#remember(id, Object.freeze(Object.getPrototypeOf(files) === null ? files : copyOf(files)), depth);
    return id;
  }

  /**
   * Copies manifests of any chat into `chatId` (a fork) and returns old id → copy id. Manifests
   * belong to one chat so that deleting it deletes them; copies name the same blobs, so they cost
   * a row each, not the files. Each copy is stored as a delta on the previous one: pass the ids in
   * path order and neighbours differ little.
   */
  copyTo(chatId: string, ids: readonly string[]): Map<string, string> {
    const copies = new Map<string, string>();
    this.sqlite.transaction(() => {
      let base: string | null = null;
      for (const id of ids) {
        if (copies.has(id)) continue;
        base = this.save(chatId, this.load(id), base);
        copies.set(id, base);
      }
    })();
    return copies;
  }

  /** The files of a manifest; frozen, shared with the cache: never mutate it. */
  load(id: string): ManifestFiles {
    return this.#resolve(id).files;
  }

  exists(id: string): boolean {
    return this.#cache.has(id) || this.#statements.chatOf.get(id) !== undefined;
  }

  chatOf(id: string): string {
    const row = this.#statements.chatOf.get(id);
    if (row === undefined) throw notFound(id);
    return row.chat_id;
  }

  /** The chat's manifests, newest first, each with the first message that points to it. */
  summaries(chatId: string): ManifestSummary[] {
    return this.#statements.summaries.all(chatId, chatId).map((row) => ({
      id: row.id,
      messageId: row.message_id,
      createdAt: row.created_at,
      fileCount: row.file_count,
      totalBytes: row.total_bytes,
    }));
  }

  /** Every hash any manifest names. Keyframes and deltas together name exactly those of all manifests. */
  referencedHashes(): Set<string> {
    const hashes = new Set<string>();
    for (const row of this.#statements.allEntries.iterate()) {
      for (const entry of decode(row.entries).set) hashes.add(entry[1]);
    }
    return hashes;
  }

  /** Removes a chat's manifests (a no-op after the chat row's cascade already did). */
  deleteChat(chatId: string): void {
    this.#statements.deleteChat.run(chatId);
    for (const [id, cached] of this.#cache) {
      // Cheap enough: the cache holds a few dozen manifests at most.
      if (this.#statements.chatOf.get(id) === undefined) {
        this.#cache.delete(id);
        this.#cachedFiles -= Object.keys(cached.files).length;
      }
    }
  }

  #resolve(id: string): { files: ManifestFiles; depth: number } {
    const cached = this.#cache.get(id);
    if (cached !== undefined) {
      this.#cache.delete(id);
      this.#cache.set(id, cached);
      return cached;
    }
    const chain: ManifestRow[] = [];
    let start: ManifestFiles | undefined;
    let next: string | null = id;
    while (next !== null) {
      const hit = this.#cache.get(next);
      if (hit !== undefined) {
        start = hit.files;
        break;
      }
      const row = this.#statements.row.get(next);
      if (row === undefined) throw notFound(next);
      chain.push(row);
      next = row.base_id;
    }
    const files = copyOf(start ?? {});
    for (const row of chain.reverse()) {
      const delta = decode(row.entries);
      for (const path of delta.removed) Reflect.deleteProperty(files, path);
      for (const [path, hash, size, mode] of delta.set) files[path] = { hash, size, mode };
    }
    const head = chain.at(-1);
    const depth = head?.depth ?? 0;
    return this.#remember(id, Object.freeze(files), depth);
  }

  #remember(id: string, files: ManifestFiles, depth: number): { files: ManifestFiles; depth: number } {
    const entry = { files, depth };
    this.#cache.set(id, entry);
    this.#cachedFiles += Object.keys(files).length;
    for (const [oldId, old] of this.#cache) {
      if (this.#cachedFiles <= cacheFileBudget || oldId === id) break;
      this.#cache.delete(oldId);
      this.#cachedFiles -= Object.keys(old.files).length;
    }
    return entry;
  }
}

function encodeAll(files: ManifestFiles): EncodedEntry[] {
  return Object.keys(files).map((path) => {
    const entry = files[path] as ManifestEntry;
    return [path, entry.hash, entry.size, entry.mode];
  });
}

function deltaOf(base: ManifestFiles, files: ManifestFiles, changedPaths?: readonly string[]): EncodedDelta {
  const set: EncodedEntry[] = [];
  const removed: string[] = [];
  for (const path of changedPaths ?? Object.keys(files)) {
    const entry = Object.hasOwn(files, path) ? files[path] : undefined;
    if (entry === undefined) continue;
    const old = Object.hasOwn(base, path) ? base[path] : undefined;
    if (old === undefined || old.hash !== entry.hash || old.mode !== entry.mode || old.size !== entry.size) {
      set.push([path, entry.hash, entry.size, entry.mode]);
    }
  }
  for (const path of changedPaths ?? Object.keys(base)) {
    if (Object.hasOwn(base, path) && !Object.hasOwn(files, path)) removed.push(path);
  }
  return { set, removed };
}

function decode(entries: Buffer): EncodedDelta {
  return JSON.parse(inflateRawSync(entries).toString("utf8")) as EncodedDelta;
}

/** A prototype-less copy: a file may be called `__proto__`. */
function copyOf(files: ManifestFiles): ManifestFiles {
  const copy = Object.create(null) as ManifestFiles;
  for (const path of Object.keys(files)) copy[path] = files[path] as ManifestEntry;
  return copy;
}

function notFound(id: string): CovaltError {
  return new CovaltError("not-found", `There is no workspace manifest ${id}.`);
}
