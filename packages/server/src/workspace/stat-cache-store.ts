import { deflateRawSync, inflateRawSync } from "node:zlib";
import type Sqlite from "better-sqlite3";
import type { CachedStat, StatCache } from "./snapshotter.js";
import type { WorkspaceLogger } from "./workspace-logger.js";

/** One entry as stored: the fields of `CachedStat` in a fixed order, path first. */
type StoredStat = [string, number, number, number, number, number, string, number];

/** How long after a change the cache is written, so a burst of tool calls writes it once. */
const flushDelayMs = 2_000;

/**
 * The stat caches of all chats, kept in memory and written to `workspace_stat_caches` a moment
 * after they change (and on `flush`), so that after a restart the first snapshot of a large
 * workspace re-reads only the files changed meanwhile instead of all of them. Writing is off the
 * snapshot path: a crash loses at most the last moments of cache, which costs re-hashing, never
 * correctness (every entry is checked against the file's stat before it is trusted).
 */
export class StatCacheStore {
  readonly #caches = new Map<string, StatCache>();
  readonly #dirty = new Set<string>();
  readonly #statements;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    sqlite: Sqlite.Database,
    private readonly logger: WorkspaceLogger,
  ) {
    this.#statements = {
      load: sqlite.prepare<[string], { entries: Buffer }>(
        "select entries from workspace_stat_caches where chat_id = ?",
      ),
      save: sqlite.prepare<[string, Buffer]>(
        `insert into workspace_stat_caches (chat_id, entries) values (?, ?)
         on conflict (chat_id) do update set entries = excluded.entries`,
      ),
      // A chat deleted meanwhile has no row to write: the insert would break its foreign key.
      chatExists: sqlite.prepare<[string], { found: number }>("select 1 as found from chats where id = ?"),
    };
  }

  /** The chat's cache, read from the database on first use. */
  get(chatId: string): StatCache {
    let cache = this.#caches.get(chatId);
    if (cache === undefined) {
      cache = this.#read(chatId);
      this.#caches.set(chatId, cache);
    }
    return cache;
  }

  /** The chat's cache may have changed: write it soon. */
  changed(chatId: string): void {
    this.#dirty.add(chatId);
    this.#timer ??= setTimeout(() => {
      this.flush();
    }, flushDelayMs).unref();
  }

  forget(chatId: string): void {
    this.#caches.delete(chatId);
    this.#dirty.delete(chatId);
  }

  /** Writes every changed cache now (the timer does it otherwise; call before closing the database). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const chatId of this.#dirty) {
      const cache = this.#caches.get(chatId);
      if (cache === undefined || this.#statements.chatExists.get(chatId) === undefined) continue;
      try {
        this.#statements.save.run(chatId, encode(cache));
      } catch (error) {
        this.logger.warn(
          { err: error, chatId },
          "Could not save the workspace stat cache; the next start re-reads the files",
        );
      }
    }
    this.#dirty.clear();
  }

  #read(chatId: string): StatCache {
    const row = this.#statements.load.get(chatId);
    if (row === undefined) return new Map();
    try {
      return decode(row.entries);
    } catch (error) {
      this.logger.warn({ err: error, chatId }, "The saved workspace stat cache is unreadable; files are re-read once");
      return new Map();
    }
  }
}

function encode(cache: StatCache): Buffer {
  const rows: StoredStat[] = [];
  for (const [path, stat] of cache) {
    rows.push([path, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.mode, stat.hash, stat.checkedAt]);
  }
  return deflateRawSync(JSON.stringify(rows));
}

function decode(entries: Buffer): StatCache {
  const rows = JSON.parse(inflateRawSync(entries).toString("utf8")) as unknown;
  if (!Array.isArray(rows)) throw new Error("not a list");
  const cache: StatCache = new Map();
  for (const row of rows as unknown[]) {
    if (!isStoredStat(row)) throw new Error("malformed entry");
    const [path, size, mtimeMs, ctimeMs, ino, mode, hash, checkedAt] = row;
    const stat: CachedStat = { size, mtimeMs, ctimeMs, ino, mode, hash, checkedAt };
    cache.set(path, stat);
  }
  return cache;
}

function isStoredStat(row: unknown): row is StoredStat {
  return (
    Array.isArray(row) &&
    row.length === 8 &&
    typeof row[0] === "string" &&
    typeof row[6] === "string" &&
    [1, 2, 3, 4, 5, 7].every((index) => typeof row[index] === "number")
  );
}
