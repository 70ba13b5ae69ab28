import { createHash, randomBytes } from "node:crypto";
import {
  constants,
  copyFileSync,
  createReadStream,
  createWriteStream,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { CovaltError } from "@covalt/core";

export interface StoredBlob {
  hash: string;
  size: number;
}

/** Files up to this size are read whole; larger ones are streamed so memory stays flat. */
const wholeFileLimit = 4 * 1024 * 1024;
const hashPattern = /^[0-9a-f]{64}$/;
const temporaryPrefix = ".tmp-";

/**
 * File contents by sha256, shared by every chat: `<root>/<2 hex>/<62 hex>`. A blob is written to a
 * temporary file in its final folder, flushed (unless `fsync` is off) and renamed into place, so a
 * blob that exists is always complete; a crash leaves at most a `.tmp-*` file that `collect`
 * removes. Blobs are immutable once written.
 */
export class BlobStore {
  /** Hashes a writer is using but no manifest records yet: garbage collection must keep them. */
  readonly #pinned = new Map<string, number>();
  /** While a collection runs: every hash pinned since it started, even if unpinned again. */
  #protectedDuringCollection: Set<string> | undefined;

  constructor(
    readonly root: string,
    private readonly options: { fsync: boolean } = { fsync: true },
  ) {}

  pathOf(hash: string): string {
    if (!hashPattern.test(hash)) throw new CovaltError("not-found", `\`${hash}\` is not a content hash.`);
    return join(this.root, hash.slice(0, 2), hash.slice(2));
  }

  async has(hash: string): Promise<boolean> {
    return stat(this.pathOf(hash)).then(
      () => true,
      () => false,
    );
  }

  /** For loops over many blobs, where a thread-pool round trip per file costs more than the stat. */
  hasSync(hash: string): boolean {
    return statSync(this.pathOf(hash), { throwIfNoEntry: false }) !== undefined;
  }

  async read(hash: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(hash));
    } catch (error) {
      throw missing(hash, error);
    }
  }

  /** Writes the blob's content to `destination` (a reflink where the file system can, else a copy). */
  async copyTo(hash: string, destination: string): Promise<void> {
    try {
      await copyFile(this.pathOf(hash), destination, constants.COPYFILE_FICLONE);
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === "ENOENT" && !(await this.has(hash))
        ? missing(hash, error)
        : error;
    }
  }

  /** Small blobs are read and written (cheaper than copyFile's setup), large ones copied or reflinked. */
  copyToSync(hash: string, destination: string, size: number): void {
    try {
      if (size <= wholeFileLimit) writeFileSync(destination, readFileSync(this.pathOf(hash)), { mode: 0o600 });
      else copyFileSync(this.pathOf(hash), destination, constants.COPYFILE_FICLONE);
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === "ENOENT" && !this.hasSync(hash) ? missing(hash, error) : error;
    }
  }

  /**
   * Stores the content of the file at `sourcePath` and returns its hash. The bytes hashed are the
   * bytes stored (one read feeds both), so a file changing meanwhile can never give a blob whose
   * content disagrees with its name. The hash stays pinned until `unpin`.
   */
  async put(sourcePath: string): Promise<StoredBlob> {
    const info = await stat(sourcePath);
    if (info.size <= wholeFileLimit) return this.putBuffer(await readFile(sourcePath));

    await mkdir(this.root, { recursive: true });
    const temporary = join(this.root, `${temporaryPrefix}${randomBytes(8).toString("hex")}`);
    const hasher = createHash("sha256");
    let size = 0;
    try {
      await pipeline(
        createReadStream(sourcePath),
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hasher.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(temporary, { mode: 0o600 }),
      );
      const hash = hasher.digest("hex");
      this.pin(hash);
      await this.#commit(temporary, hash);
      return { hash, size };
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async putBuffer(content: Buffer): Promise<StoredBlob> {
    const hash = createHash("sha256").update(content).digest("hex");
    this.pin(hash);
    if (await this.has(hash)) return { hash, size: content.length };
    const folder = join(this.root, hash.slice(0, 2));
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `${temporaryPrefix}${randomBytes(8).toString("hex")}`);
    try {
      const handle = await open(temporary, "w", 0o600);
      try {
        await handle.writeFile(content);
        if (this.options.fsync) await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.pathOf(hash));
    } finally {
      await rm(temporary, { force: true });
    }
    return { hash, size: content.length };
  }

  async #commit(temporary: string, hash: string): Promise<void> {
    if (await this.has(hash)) return;
    if (this.options.fsync) {
      const handle = await open(temporary, "r+");
      await handle.sync().finally(() => handle.close());
    }
    await mkdir(join(this.root, hash.slice(0, 2)), { recursive: true });
    await rename(temporary, this.pathOf(hash));
  }

  pin(hash: string): void {
    this.#pinned.set(hash, (this.#pinned.get(hash) ?? 0) + 1);
    this.#protectedDuringCollection?.add(hash);
  }

  unpin(hash: string): void {
    const count = (this.#pinned.get(hash) ?? 1) - 1;
    if (count > 0) this.#pinned.set(hash, count);
    else this.#pinned.delete(hash);
  }

  /**
   * Deletes every blob whose hash `referenced()` does not return and no writer has pinned, plus
   * leftover temporary files. `referenced` is read after the folder is listed, so a blob written
   * and recorded meanwhile is either not listed or is referenced; one written but not yet recorded
   * is pinned. Returns the number of blobs and bytes removed.
   */
  async collect(referenced: () => ReadonlySet<string>): Promise<{ blobs: number; bytes: number }> {
    const protectedHashes = new Set(this.#pinned.keys());
    this.#protectedDuringCollection = protectedHashes;
    try {
      const found: { hash: string; path: string }[] = [];
      const temporaries: string[] = [];
      for (const folder of await readdir(this.root).catch(() => [])) {
        if (folder.startsWith(temporaryPrefix)) temporaries.push(join(this.root, folder));
        if (!/^[0-9a-f]{2}$/.test(folder)) continue;
        for (const name of await readdir(join(this.root, folder))) {
          const path = join(this.root, folder, name);
          if (name.startsWith(temporaryPrefix)) temporaries.push(path);
          else if (hashPattern.test(folder + name)) found.push({ hash: folder + name, path });
        }
      }
      const keep = referenced();
      let blobs = 0;
      let bytes = 0;
      for (const { hash, path } of found) {
        if (keep.has(hash) || protectedHashes.has(hash)) continue;
        const size = await stat(path).then(
          (info) => info.size,
          () => 0,
        );
        await unlink(path).catch(() => undefined);
        blobs += 1;
        bytes += size;
      }
      // A temporary file older than a minute belongs to a writer that died (a live one renames it in ms).
      const cutoff = Date.now() - 60_000;
      for (const path of temporaries) {
        const info = await stat(path).catch(() => undefined);
        if (info !== undefined && info.mtimeMs < cutoff) await rm(path, { force: true });
      }
      return { blobs, bytes };
    } finally {
      this.#protectedDuringCollection = undefined;
    }
  }
}

function missing(hash: string, cause: unknown): CovaltError {
  return new CovaltError("not-found", `The stored content ${hash.slice(0, 12)}… is missing from the blob store.`, {
    cause,
  });
}
