import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../config/data-dir.js";
import { openDatabase } from "../db/database.js";
import { migrationsDir } from "../package-paths.js";
import { Workspaces } from "./workspaces.js";

const usage = `Usage: covalt workspace gc [--data-dir DIR]

  gc   Deletes stored file contents that no workspace version refers to any more, and prints
       how many blobs and bytes were freed. Safe to run while Covalt is stopped.`;

/** `covalt workspace gc`: the explicit garbage collection of the blob store. Resolves with the exit code. */
export async function runWorkspaceCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { "data-dir": { type: "string" } }, allowPositionals: true });
  } catch (error) {
    err(`covalt workspace: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.positionals[0] !== "gc") {
    err(`${usage}\n`);
    return 2;
  }
  const given = parsed.values["data-dir"] ?? (env.COVALT_DATA_DIR === "" ? undefined : env.COVALT_DATA_DIR);
  const dataDir = resolve(given ?? defaultDataDir(env));
  const file = join(dataDir, "covalt.db");
  if (!existsSync(file)) {
    err(`covalt workspace: there is no Covalt database in ${dataDir}.\n`);
    return 1;
  }
  const database = openDatabase(file, migrationsDir);
  const silent = { warn: () => undefined, info: () => undefined };
  const workspaces = new Workspaces({ dataDir, sqlite: database.sqlite, logger: silent });
  try {
    const freed = await workspaces.collectGarbage();
    out(`${JSON.stringify(freed)}\n`);
    return 0;
  } finally {
    await workspaces.close();
    database.close();
  }
}
