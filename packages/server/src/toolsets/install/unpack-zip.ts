import { unzipSync } from "fflate";
import { caseFoldKey, CovaltError, normalizeWorkspacePath } from "@covalt/core";
import { manifestFileName } from "../manifest/read-manifest.js";
import { describeBytes, installLimits } from "./install-limits.js";
import { symlinkEntries } from "./zip-symlinks.js";

/**
 * The files of a toolset ZIP as relative path → bytes, checked before anything touches the disk:
 * size and count limits (declared sizes are checked before inflating, real ones after), no entry
 * may escape (`..`, absolute paths) or be a symlink, and no two names may collide on a
 * case-insensitive disk. The manifest may sit at the root or inside one top-level folder.
 */
export function unpackZip(zip: Uint8Array): Map<string, Uint8Array> {
  const refuse = (message: string): never => {
    throw new CovaltError("validation-failed", `Cannot install this ZIP: ${message}`);
  };
  if (zip.byteLength > installLimits.maxZipBytes)
    refuse(`it is larger than ${describeBytes(installLimits.maxZipBytes)}.`);
  let links: string[] = [];
  try {
    links = symlinkEntries(zip);
  } catch (error) {
    refuse((error as Error).message);
  }
  if (links.length > 0) refuse(`${links[0] ?? ""} is a symbolic link; toolsets may contain only files and folders.`);

  let declaredBytes = 0;
  let declaredFiles = 0;
  let entries: Record<string, Uint8Array> = {};
  try {
    entries = unzipSync(zip, {
      filter(file) {
        declaredBytes += file.originalSize;
        declaredFiles += 1;
        if (declaredFiles > installLimits.maxFiles)
          throw new Error(`it has more than ${installLimits.maxFiles} files.`);
        if (declaredBytes > installLimits.maxUnpackedBytes) {
          throw new Error(`it unpacks to more than ${describeBytes(installLimits.maxUnpackedBytes)}.`);
        }
        return true;
      },
    });
  } catch (error) {
    refuse((error as Error).message.replace(/^(?!it )/, "it could not be read: "));
  }

  const files = new Map<string, Uint8Array>();
  const seen = new Map<string, string>();
  let unpackedBytes = 0;
  for (const [name, content] of Object.entries(entries)) {
    if (name.endsWith("/")) continue; // folder entries; folders are created from file paths
    const normalized = normalizeWorkspacePath(name);
    if (!normalized.ok) refuse(`the entry ${JSON.stringify(name)} is not allowed. ${normalized.reason}`);
    const path = normalized.ok ? normalized.path : "";
    const key = caseFoldKey(path);
    const clash = seen.get(key);
    if (clash !== undefined) refuse(`${clash} and ${path} differ only in letter case.`);
    seen.set(key, path);
    unpackedBytes += content.byteLength;
    if (unpackedBytes > installLimits.maxUnpackedBytes)
      refuse(`it unpacks to more than ${describeBytes(installLimits.maxUnpackedBytes)}.`);
    files.set(path, content);
  }
  return stripSingleTopFolder(files, refuse);
}

function stripSingleTopFolder(
  files: Map<string, Uint8Array>,
  refuse: (message: string) => never,
): Map<string, Uint8Array> {
  if (files.has(manifestFileName)) return files;
  const tops = new Set([...files.keys()].map((path) => path.split("/")[0]));
  const [top] = tops;
  if (tops.size !== 1 || top === undefined || !files.has(`${top}/${manifestFileName}`)) {
    refuse(`it has no ${manifestFileName} at its root or inside a single top-level folder.`);
  }
  const prefix = `${top}/`;
  return new Map([...files].map(([path, content]) => [path.slice(prefix.length), content]));
}
