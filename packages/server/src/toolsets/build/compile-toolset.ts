import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { toolIndexFile, type ToolIndex } from "../protocol.js";
import { ensureBundle } from "./compile-bundle.js";
import { hostNodeModulePaths, workerSourcePath } from "./server-package-root.js";

export interface CompilableToolset {
  id: string;
  dir: string;
  tools: readonly { name: string; entryPath: string }[];
}

/**
 * Compiles a toolset's tool entries into `<cacheRoot>/<id>-<hash>/` with a `tools.json` index.
 * Output files are numbered, not named after tools, so `Read` and `read` cannot collide on a
 * case-insensitive disk.
 */
export async function compileToolset(toolset: CompilableToolset, cacheRoot: string): Promise<string> {
  const entryPoints: Record<string, string> = {};
  const index: ToolIndex = {};
  toolset.tools.forEach((tool, position) => {
    entryPoints[`tool-${position}`] = tool.entryPath;
    index[tool.name] = `tool-${position}.mjs`;
  });
  return ensureBundle({
    cacheRoot,
    label: toolset.id,
    sourceKey: await hashFolder(toolset.dir),
    entryPoints,
    nodePaths: hostNodeModulePaths(),
    extraFiles: { [toolIndexFile]: JSON.stringify(index) },
  });
}

/** The worker is compiled like a toolset, so the TypeScript sources and the bundled app share one path. */
export async function compileWorker(cacheRoot: string): Promise<string> {
  const source = workerSourcePath();
  const directory = await ensureBundle({
    cacheRoot,
    label: "worker",
    sourceKey: createHash("sha256")
      .update(await readFile(source))
      .digest("hex"),
    entryPoints: { worker: source },
    nodePaths: hostNodeModulePaths(),
  });
  return join(directory, "worker.mjs");
}

/** Every file's relative path and content; dependency folders are covered by the input check instead. */
async function hashFolder(root: string): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    entries.sort((left, right) => (left.name < right.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== ".git") await walk(path);
      } else if (entry.isFile()) {
        hash
          .update(relative(root, path))
          .update("\0")
          .update(await readFile(path))
          .update("\0");
      }
    }
  };
  await walk(root);
  return hash.digest("hex");
}
