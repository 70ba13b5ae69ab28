import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { createTempDataDir } from "@covalt/testing";
import pino from "pino";
import { openDatabase } from "../../src/db/database.js";
import { newId } from "../../src/ids/new-id.js";
import { migrationsDir } from "../../src/package-paths.js";
import { Workspaces, type WorkspacesOptions } from "../../src/workspace/index.js";

export interface WorkspaceFixture {
  dataDir: string;
  workspaces: Workspaces;
  database: ReturnType<typeof openDatabase>;
  newChat(): string;
  cleanup(): Promise<void>;
}

export function openWorkspaces(
  options: { dataDir?: string } & Partial<Pick<WorkspacesOptions, "logger" | "caseInsensitiveDisk">> = {},
): WorkspaceFixture {
  const temp = options.dataDir === undefined ? createTempDataDir("covalt-workspace-") : undefined;
  const dataDir = options.dataDir ?? temp?.path ?? "";
  const database = openDatabase(join(dataDir, "covalt.db"), migrationsDir);
  const workspaces = new Workspaces({
    dataDir,
    sqlite: database.sqlite,
    logger: options.logger ?? pino({ level: "silent" }),
    caseInsensitiveDisk: options.caseInsensitiveDisk,
  });
  return {
    dataDir,
    workspaces,
    database,
    newChat() {
      const id = newId("chat");
      database.sqlite.prepare("insert into chats (id, updated_at) values (?, ?)").run(id, Date.now());
      return id;
    },
    async cleanup() {
      await workspaces.close();
      database.close();
      temp?.cleanup();
    },
  };
}

/** Writes files (path → content) below `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Every regular file below `root` with a sha256 of its bytes, and every folder (as `dir`). */
export function readTree(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const info = lstatSync(path);
      const key = relative(root, path);
      if (info.isDirectory()) {
        result[`${key}/`] = "dir";
        walk(path);
      } else if (info.isFile()) {
        result[key] =
          `${createHash("sha256").update(readFileSync(path)).digest("hex")} ${(info.mode & 0o777).toString(8)}`;
      } else result[key] = "other";
    }
  };
  walk(root);
  return result;
}

export function inodeAndTime(path: string): string {
  const info = statSync(path);
  return `${info.ino}:${info.mtimeMs}:${info.ctimeMs}`;
}
