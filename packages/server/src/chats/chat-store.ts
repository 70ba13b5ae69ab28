import type { Chat, Message, MessageContent, ModelRef } from "@covalt/contracts";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { chats, messages, runs } from "../db/schema.js";

type ChatRow = typeof chats.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

export interface NewTurn {
  chatId: string;
  parentId: string | null;
  userMessageId: string;
  userText: string;
  assistantMessageId: string;
  runId: string;
  model: ModelRef;
  now: number;
}

/** Chats and their message trees in SQLite. */
export class ChatStore {
  constructor(private readonly db: Db) {}

  create(id: string, title: string, model: ModelRef | null, now: number): Chat {
    const row = { id, title, model, activeLeafId: null, createdAt: now, updatedAt: now, agentId: null };
    this.db.insert(chats).values(row).run();
    return toChat(row);
  }

  list(): Chat[] {
    return this.db.select().from(chats).orderBy(desc(chats.updatedAt), desc(chats.id)).all().map(toChat);
  }

  get(id: string): Chat | undefined {
    const row = this.db.select().from(chats).where(eq(chats.id, id)).get();
    return row === undefined ? undefined : toChat(row);
  }

  update(id: string, change: { title?: string; model?: ModelRef | null; updatedAt?: number }): void {
    this.db.update(chats).set(change).where(eq(chats.id, id)).run();
  }

  delete(id: string): boolean {
    return this.db.delete(chats).where(eq(chats.id, id)).run().changes > 0;
  }

  message(id: string): Message | undefined {
    const row = this.db.select().from(messages).where(eq(messages.id, id)).get();
    return row === undefined ? undefined : toMessage(row);
  }

  /** The messages from the root down to `leafId`, oldest first, in one recursive query. */
  path(leafId: string | null): Message[] {
    if (leafId === null) return [];
    const rows = this.db.all<MessageRow & { depth: number }>(sql`
      with recursive ancestry(id, depth) as (
        select ${leafId}, 0
        union all
        select m.parent_id, a.depth + 1 from messages m join ancestry a on m.id = a.id where m.parent_id is not null
      )
      select m.id, m.chat_id as chatId, m.parent_id as parentId, m.role, m.content, m.status, m.run_id as runId,
             m.model, m.manifest_id as manifestId, m.created_at as createdAt, a.depth
      from ancestry a join messages m on m.id = a.id`);
    // Ordered here rather than by SQLite: sorting 2,000 wide rows there costs more than reversing.
    rows.sort((a, b) => b.depth - a.depth);
    return rows.map((row) =>
      toMessage({
        ...row,
        content: JSON.parse(row.content as unknown as string) as MessageContent,
        model: row.model === null ? null : (JSON.parse(row.model as unknown as string) as ModelRef),
      }),
    );
  }

  /** The first message of the chat's first branch: what a title is made from. */
  firstMessage(chatId: string): Message | undefined {
    const row = this.db
      .select()
      .from(messages)
      .where(sql`${messages.chatId} = ${chatId} and ${messages.parentId} is null`)
      .orderBy(messages.id)
      .limit(1)
      .get();
    return row === undefined ? undefined : toMessage(row);
  }

  /** The user's message, the empty assistant message and its run, and the chat's new leaf: all or nothing. */
  insertTurn(turn: NewTurn): void {
    this.db.transaction((tx) => {
      tx.insert(messages)
        .values({
          id: turn.userMessageId,
          chatId: turn.chatId,
          parentId: turn.parentId,
          role: "user",
          content: { seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text: turn.userText }] },
          status: "complete",
          createdAt: turn.now,
        })
        .run();
      tx.insert(messages)
        .values({
          id: turn.assistantMessageId,
          chatId: turn.chatId,
          parentId: turn.userMessageId,
          role: "assistant",
          content: { seq: 0, status: "streaming", blocks: [] },
          status: "streaming",
          runId: turn.runId,
          model: turn.model,
          createdAt: turn.now,
        })
        .run();
      tx.insert(runs)
        .values({
          id: turn.runId,
          chatId: turn.chatId,
          messageId: turn.assistantMessageId,
          status: "running",
          lastSeq: 0,
          startedAt: turn.now,
        })
        .run();
      tx.update(chats)
        .set({ activeLeafId: turn.assistantMessageId, model: turn.model, updatedAt: turn.now })
        .where(eq(chats.id, turn.chatId))
        .run();
    });
  }
}

function toChat(row: ChatRow): Chat {
  return {
    id: row.id,
    title: row.title,
    model: row.model ?? null,
    activeLeafId: row.activeLeafId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    chatId: row.chatId,
    parentId: row.parentId,
    role: row.role,
    content: row.content,
    status: row.status,
    runId: row.runId,
    model: row.model ?? null,
    createdAt: row.createdAt,
  };
}
