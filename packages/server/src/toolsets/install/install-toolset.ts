import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CovaltError } from "@covalt/core";
import { readManifest, type ReadManifest } from "../manifest/read-manifest.js";
import { readFolderFiles } from "./read-folder.js";
import { unpackZip } from "./unpack-zip.js";

export type InstallSource = { path: string } | { zip: Uint8Array };

export interface InstallOptions {
  /** `<dataDir>/toolsets`. */
  toolsetsDir: string;
  /** Built-in ids may not be shadowed by an installed toolset. */
  isBuiltin: (id: string) => boolean;
  /** Called after validation, before the swap: stop whatever runs the old version. */
  beforeReplace: (id: string) => void;
}

/**
 * Installs a toolset into `<toolsetsDir>/<id>/`. The files are written and validated in a staging
 * folder next to the target (same file system, so the final rename is atomic), then swapped in;
 * an existing install of the same id is moved aside first and removed only after the swap.
 */
export async function installToolset(source: InstallSource, options: InstallOptions): Promise<ReadManifest> {
  const files = "zip" in source ? unpackZip(source.zip) : await readFolderFiles(source.path);
  await mkdir(options.toolsetsDir, { recursive: true });
  const staging = join(options.toolsetsDir, `.staging-${randomUUID()}`);
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content, { flag: "wx" });
    }
    const staged = await readManifest(staging);
    const id = staged.manifest.id;
    if (options.isBuiltin(id)) {
      throw new CovaltError(
        "conflict",
        `"${id}" is a built-in toolset; it cannot be replaced. Give your toolset another id.`,
      );
    }
    const target = join(options.toolsetsDir, id);
    const aside = join(options.toolsetsDir, `.replaced-${randomUUID()}`);
    options.beforeReplace(id);
    const hadPrevious = await rename(target, aside).then(
      () => true,
      () => false,
    );
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadPrevious) await rename(aside, target);
      throw error;
    }
    if (hadPrevious) await rm(aside, { recursive: true, force: true });
    return await readManifest(target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
