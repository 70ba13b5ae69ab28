import { closeSync, openSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema.js";

export type Db = BetterSQLite3Database<typeof schema>;

export interface Database {
  db: Db;
  sqlite: Sqlite.Database;
  close(): void;
}

/**
 * Opens (creating if needed) the SQLite store and brings it to the latest schema. WAL lets the
 * UI read while a run writes; NORMAL sync is durable across crashes of the process under WAL.
 */
export function openDatabase(file: string, migrationsFolder: string): Database {
  // Chats are private: create the file owner-only; SQLite gives -wal and -shm the same mode.
  closeSync(openSync(file, "a", 0o600));
  const sqlite = new Sqlite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return {
    db,
    sqlite,
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
