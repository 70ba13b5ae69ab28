import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The workspace root is the nearest ancestor whose package.json declares `workspaces`. Walking up
 * (instead of a fixed `../../..`) keeps working if this file moves or is bundled elsewhere.
 */
export function findRepoRoot(start: string = fileURLToPath(import.meta.url)): string {
  let directory = dirname(start);
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && declaresWorkspaces(manifest)) return directory;
    const parent = dirname(directory);
    if (parent === directory) {
      throw new Error(`Could not find the Covalt repository root (a package.json with "workspaces") above ${start}.`);
    }
    directory = parent;
  }
}

function declaresWorkspaces(manifestPath: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifestPath, "utf8"));
    return typeof parsed === "object" && parsed !== null && "workspaces" in parsed;
  } catch {
    return false;
  }
}

/** The built server entry point that `npm run build` produces. */
export function serverCliPath(repoRoot: string = findRepoRoot()): string {
  return join(repoRoot, "packages", "server", "dist", "cli.js");
}
