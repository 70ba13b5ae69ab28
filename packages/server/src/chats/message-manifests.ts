import { desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { messages } from "../db/schema.js";

/** The two workspace versions a message may record (see `MessageManifests`). */
export interface MessageVersions {
  manifestId: string | null;
  editedManifestId: string | null;
}

/**
 * Which workspace version each message records: `manifest_id` (the files when the message ended)
 * and `edited_manifest_id` (the files as the user left them while the message ended the branch).
 */
export class MessageManifests {
  constructor(private readonly db: Db) {}

  /**
   * The workspace version a branch ending at `messageId` has: the nearest message on the path
   * that recorded files — its user edits if any, else its own manifest. Messages that changed no
   * files record none and inherit.
   */
  manifestAt(messageId: string | null): string | null {
    return this.nearestManifest(messageId, sql`coalesce(m.edited_manifest_id, m.manifest_id)`);
  }

  /** The workspace as it was when `messageId` itself ended, before any later user edit. */
  manifestWhenEnded(messageId: string): string | null {
    return this.nearestManifest(messageId, sql`m.manifest_id`);
  }

  private nearestManifest(messageId: string | null, column: SQL): string | null {
    if (messageId === null) return null;
    const row = this.db.get<{ manifestId: string } | undefined>(sql`
      with recursive ancestry(id, depth) as (
        select ${messageId}, 0
        union all
        select m.parent_id, a.depth + 1 from messages m join ancestry a on m.id = a.id where m.parent_id is not null
      )
      select ${column} as manifestId from ancestry a join messages m on m.id = a.id
      where ${column} is not null order by a.depth limit 1`);
    return row?.manifestId ?? null;
  }

  setManifest(messageId: string, manifestId: string): void {
    this.db.update(messages).set({ manifestId }).where(eq(messages.id, messageId)).run();
  }

  /** User edits made while `messageId` ended the branch; the branch returns to them. */
  setEditedManifest(messageId: string, manifestId: string): void {
    this.db.update(messages).set({ editedManifestId: manifestId }).where(eq(messages.id, messageId)).run();
  }

  /** messageId → the versions it records, for the messages on the path from the root to `leafId` that record any. */
  versionsAlong(leafId: string): Map<string, MessageVersions> {
    const rows = this.db.all<{ id: string; manifestId: string | null; editedManifestId: string | null }>(sql`
      with recursive ancestry(id, depth) as (
        select ${leafId}, 0
        union all
        select m.parent_id, a.depth + 1 from messages m join ancestry a on m.id = a.id where m.parent_id is not null
      )
      select m.id, m.manifest_id as manifestId, m.edited_manifest_id as editedManifestId
      from ancestry a join messages m on m.id = a.id
      where m.manifest_id is not null or m.edited_manifest_id is not null
      order by a.depth desc`);
    return new Map(rows.map(({ id, ...versions }) => [id, versions]));
  }

  setVersions(messageId: string, versions: MessageVersions): void {
    this.db.update(messages).set(versions).where(eq(messages.id, messageId)).run();
  }

  /** manifestId → the message that records it, for a chat's version list. */
  messagesByManifest(chatId: string): Map<string, string> {
    const rows = this.db
      .select({ id: messages.id, manifestId: messages.manifestId })
      .from(messages)
      .where(sql`${messages.chatId} = ${chatId} and ${messages.manifestId} is not null`)
      .orderBy(desc(messages.id))
      .all();
    // Later messages inherit an unchanged manifest; the earliest one recorded it, so it wins.
    return new Map(rows.map((row) => [row.manifestId ?? "", row.id]));
  }
}
