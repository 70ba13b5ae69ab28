import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { workspaceFolders } from "../db/schema.js";

/** A chat's folder: the version on disk, and the one it is being moved to, if any. */
export interface FolderState {
  manifestId: string | null;
  moving: { targetManifestId: string | null } | undefined;
}

/**
 * Remembers what each chat's workspace folder holds, across restarts (see `workspace_folders`).
 * Every method is one synchronous statement, so `planMove` can share the transaction that moves
 * the chat to another branch: the move is then either fully planned with it or not at all.
 */
export class WorkspaceFolders {
  constructor(private readonly db: Db) {}

  get(chatId: string): FolderState | undefined {
    const row = this.db.select().from(workspaceFolders).where(eq(workspaceFolders.chatId, chatId)).get();
    if (row === undefined) return undefined;
    return {
      manifestId: row.manifestId,
      moving: row.moving ? { targetManifestId: row.targetManifestId } : undefined,
    };
  }

  /** The folder now holds `manifestId`, and is not being moved. */
  holds(chatId: string, manifestId: string | null): void {
    this.upsert(chatId, { manifestId, moving: false, targetManifestId: null });
  }

  /** The folder, holding `manifestId`, is about to be moved to `targetManifestId`. */
  planMove(chatId: string, manifestId: string | null, targetManifestId: string | null): void {
    this.upsert(chatId, { manifestId, moving: true, targetManifestId });
  }

  /** Chats whose folder move a crash cut off: chat id → its state. */
  unfinishedMoves(): Map<string, FolderState> {
    const rows = this.db.select().from(workspaceFolders).where(eq(workspaceFolders.moving, true)).all();
    return new Map(
      rows.map((row) => [
        row.chatId,
        { manifestId: row.manifestId, moving: { targetManifestId: row.targetManifestId } },
      ]),
    );
  }

  private upsert(chatId: string, values: Omit<typeof workspaceFolders.$inferInsert, "chatId">): void {
    this.db
      .insert(workspaceFolders)
      .values({ chatId, ...values })
      .onConflictDoUpdate({ target: workspaceFolders.chatId, set: values })
      .run();
  }
}
