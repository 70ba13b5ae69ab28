import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The @covalt/server package folder, found by walking up from this module. Walking (not a fixed
 * `../..`) keeps it right both from the TypeScript sources and from the bundled `dist/cli.js`.
 */
export function serverPackageRoot(start: string = fileURLToPath(import.meta.url)): string {
  let directory = dirname(start);
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && isServerPackage(manifest)) return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`Could not find the @covalt/server package above ${start}.`);
    directory = parent;
  }
}

function isServerPackage(manifestPath: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifestPath, "utf8")) as { name?: unknown }).name === "@covalt/server";
  } catch {
    return false;
  }
}

/** The worker's TypeScript entry; it is compiled into the build cache on first use. */
export function workerSourcePath(): string {
  return join(serverPackageRoot(), "src", "toolsets", "worker", "toolset-worker.ts");
}

/**
 * `node_modules` folders from the server package up to the file system root. Toolset code is
 * bundled with these as fallback lookup paths, so an installed toolset outside the repository can
 * still import `@covalt/plugin-sdk` and the packages Covalt ships.
 */
export function hostNodeModulePaths(): string[] {
  const paths: string[] = [];
  let directory = serverPackageRoot();
  for (;;) {
    const candidate = join(directory, "node_modules");
    if (existsSync(candidate)) paths.push(candidate);
    const parent = dirname(directory);
    if (parent === directory) return paths;
    directory = parent;
  }
}
