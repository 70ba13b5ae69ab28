import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";
import { migrationsDir } from "../src/package-paths.js";

interface Journal {
  entries: { idx: number; tag: string }[];
}

const journal = JSON.parse(readFileSync(join(migrationsDir, "meta", "_journal.json"), "utf8")) as Journal;
const tempDir = () => mkdtempSync(join(tmpdir(), "covalt-db-"));

/** A copy of the migrations folder that stops after the first `count` migrations. */
function migrationsUpTo(count: number): string {
  const folder = tempDir();
  cpSync(migrationsDir, folder, { recursive: true });
  const truncated: Journal = { ...journal, entries: journal.entries.slice(0, count) };
  writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify(truncated));
  return folder;
}

const tableNames = (database: ReturnType<typeof openDatabase>) =>
  (
    database.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
      name: string;
    }[]
  )
    .map((row) => row.name)
    .filter((name) => !name.startsWith("__") && !name.startsWith("sqlite_"))
    // FTS5 keeps its index in shadow tables named after the virtual table.
    .filter((name) => !/^message_search_(data|idx|content|docsize|config)$/.test(name));

describe("database migrations", () => {
  it("has one SQL file per journal entry", () => {
    const sqlFiles = readdirSync(migrationsDir).filter((name) => name.endsWith(".sql"));
    expect(sqlFiles.map((name) => name.replace(/\.sql$/, ""))).toEqual(journal.entries.map((entry) => entry.tag));
  });

  it("migrates an empty database to the latest schema, in WAL mode with foreign keys on", () => {
    const file = join(tempDir(), "covalt.db");
    const database = openDatabase(file, migrationsDir);
    expect(tableNames(database)).toEqual([
      "approval_audit",
      "chat_tool_allowances",
      "chats",
      "disabled_toolsets",
      "mcp_servers",
      "mcp_tool_approvals",
      "message_search",
      "messages",
      "providers",
      "run_events",
      "runs",
      "settings",
      "tool_policies",
      "workspace_folders",
      "workspace_manifests",
      "workspace_stat_caches",
    ]);
    expect(database.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(database.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    database.close();
  });

  it("is idempotent: opening a migrated database again changes nothing", () => {
    const file = join(tempDir(), "covalt.db");
    openDatabase(file, migrationsDir).close();
    const again = openDatabase(file, migrationsDir);
    const applied = again.sqlite.prepare("select count(*) as count from __drizzle_migrations").get() as {
      count: number;
    };
    expect(applied.count).toBe(journal.entries.length);
    again.close();
  });

  for (let previous = 1; previous < journal.entries.length; previous += 1) {
    const from = journal.entries[previous - 1]?.tag ?? "";
    it(`upgrades a database last migrated to ${from}, keeping its data`, () => {
      const file = join(tempDir(), "covalt.db");
      const old = openDatabase(file, migrationsUpTo(previous));
      old.sqlite.prepare("insert into settings (key, value, updated_at) values (?, ?, ?)").run("theme", '"dark"', 1);
      old.close();

      const upgraded = openDatabase(file, migrationsDir);
      expect(tableNames(upgraded)).toContain("messages");
      expect(upgraded.sqlite.prepare("select value from settings where key = 'theme'").get()).toEqual({
        value: '"dark"',
      });
      upgraded.close();
    });
  }

  it("cascades: deleting a chat deletes its messages, runs, run events and workspace manifests", () => {
    const database = openDatabase(join(tempDir(), "covalt.db"), migrationsDir);
    const { sqlite } = database;
    sqlite.prepare("insert into chats (id, updated_at) values ('chat_0000000001', 1)").run();
    sqlite
      .prepare(
        "insert into messages (id, chat_id, role, content, status) values ('msg_0000000001', 'chat_0000000001', 'assistant', '{}', 'complete')",
      )
      .run();
    sqlite
      .prepare(
        "insert into runs (id, chat_id, message_id, status, started_at) values ('run_0000000001', 'chat_0000000001', 'msg_0000000001', 'complete', 1)",
      )
      .run();
    sqlite.prepare("insert into run_events (run_id, seq, envelope) values ('run_0000000001', 1, '{}')").run();
    sqlite
      .prepare(
        "insert into workspace_manifests (id, chat_id, depth, entries, file_count, total_bytes) values ('mfst_0000000001', 'chat_0000000001', 0, x'', 0, 0)",
      )
      .run();
    sqlite.prepare("insert into workspace_folders (chat_id, manifest_id) values ('chat_0000000001', null)").run();
    sqlite.prepare("insert into workspace_stat_caches (chat_id, entries) values ('chat_0000000001', x'')").run();
    sqlite.prepare("delete from chats where id = 'chat_0000000001'").run();
    for (const table of [
      "messages",
      "runs",
      "run_events",
      "workspace_manifests",
      "workspace_folders",
      "workspace_stat_caches",
    ]) {
      expect(sqlite.prepare(`select count(*) as count from ${table}`).get(), table).toEqual({ count: 0 });
    }
    database.close();
  });
});
