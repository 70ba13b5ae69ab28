import { lstat, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { CovaltError } from "@covalt/core";
import { describeBytes, installLimits } from "./install-limits.js";

/**
 * A toolset folder's files as relative path → bytes, under the same limits as a ZIP. Symlinks are
 * refused rather than followed: a copied link could point anywhere once installed.
 */
export async function readFolderFiles(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let totalBytes = 0;
  const refuse = (message: string): never => {
    throw new CovaltError("validation-failed", `Cannot install ${root}: ${message}`);
  };
  const walk = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      const shown = relative(root, path).split("\\").join("/");
      if (entry.isSymbolicLink()) refuse(`${shown} is a symbolic link; toolsets may contain only files and folders.`);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (!entry.isFile()) refuse(`${shown} is not a regular file.`);
      totalBytes += (await lstat(path)).size;
      if (files.size >= installLimits.maxFiles) refuse(`it has more than ${installLimits.maxFiles} files.`);
      if (totalBytes > installLimits.maxUnpackedBytes)
        refuse(`it is larger than ${describeBytes(installLimits.maxUnpackedBytes)}.`);
      files.set(shown, await readFile(path));
    }
  };
  await walk(root).catch((error: unknown) => {
    if (error instanceof CovaltError) throw error;
    refuse((error as Error).message);
  });
  return files;
}
