import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createTempDataDir, type TempDataDir } from "@covalt/testing";
// The engine is not part of the server's public entry (the HTTP API is); benchmarks measure it directly.
import { migrationsDir, newId, openDatabase, Workspaces } from "@covalt/server";

export interface WorkspaceBench {
  temp: TempDataDir;
  workspaces: Workspaces;
  sqlite: ReturnType<typeof openDatabase>["sqlite"];
  chatId: string;
  root: string;
  /** Closes the engine and opens a new one on the same data, as a restart of Covalt would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const silent = { warn: () => undefined, info: () => undefined };

/** A fresh data dir with a migrated database, one chat and its workspace engine. */
export function openWorkspaceBench(prefix: string): WorkspaceBench {
  const temp = createTempDataDir(prefix);
  const database = openDatabase(join(temp.path, "covalt.db"), migrationsDir);
  const open = () => new Workspaces({ dataDir: temp.path, sqlite: database.sqlite, logger: silent });
  const chatId = newId("chat");
  database.sqlite.prepare("insert into chats (id, updated_at) values (?, ?)").run(chatId, Date.now());
  const bench: WorkspaceBench = {
    temp,
    workspaces: open(),
    sqlite: database.sqlite,
    chatId,
    root: join(temp.path, "workspaces", chatId),
    async restart() {
      await bench.workspaces.close();
      bench.workspaces = open();
    },
    async close() {
      await bench.workspaces.close();
      database.close();
      temp.cleanup();
    },
  };
  return bench;
}

/** `count` files of random (incompressible) content in folders of 100, `sizeOf(index)` bytes each. */
export function writeFiles(root: string, count: number, sizeOf: (index: number) => number): string[] {
  const paths: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const folder = `src/module-${String(Math.floor(index / 100)).padStart(3, "0")}`;
    mkdirSync(join(root, folder), { recursive: true });
    const path = `${folder}/file-${index}.ts`;
    writeFileSync(join(root, path), randomBytes(sizeOf(index)));
    paths.push(path);
  }
  return paths;
}

/** Total apparent size of the files below `folder`. */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Git with its repository outside the work tree, so the work tree is exactly the workspace. */
export function gitIn(workTree: string, gitDir: string): (...args: string[]) => void {
  const env = {
    ...process.env,
    GIT_DIR: gitDir,
    GIT_WORK_TREE: workTree,
    GIT_AUTHOR_NAME: "bench",
    GIT_AUTHOR_EMAIL: "bench@example.invalid",
    GIT_COMMITTER_NAME: "bench",
    GIT_COMMITTER_EMAIL: "bench@example.invalid",
  };
  return (...args) => {
    execFileSync("/usr/bin/git", args, { env, stdio: "ignore", cwd: workTree });
  };
}
