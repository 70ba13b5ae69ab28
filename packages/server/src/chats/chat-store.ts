import type { AttachmentBlock, Chat, Message, MessageContent, ModelRef } from "@covalt/contracts";
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
  /** Files attached to the user's message, already in the workspace. */
  attachments?: AttachmentBlock[];
  assistantMessageId: string;
  runId: string;
  model: ModelRef;
  now: number;
  /** The workspace the user's message starts from, when it differs from what its parent records. */
  manifestId?: string | null;
}

/** Chats and their message trees in SQLite. */
export class ChatStore {
  constructor(private readonly db: Db) {}

  create(id: string, title: string, model: ModelRef | null, now: number, tools: string[] = []): Chat {
    const row = { id, title, model, activeLeafId: null, tools, createdAt: now, updatedAt: now, agentId: null };
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

  update(id: string, change: { title?: string; model?: ModelRef | null; tools?: string[]; updatedAt?: number }): void {
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
    return rows.map(parseRow);
  }

  /** Up to `limit` messages from `startId` up towards the root, oldest first, and whether more lie above. */
  pathUpFrom(startId: string, limit: number): { messages: Message[]; moreAbove: boolean } {
    const rows = this.db.all<MessageRow & { depth: number }>(sql`
      with recursive ancestry(id, depth) as (
        select ${startId}, 0
        union all
        select m.parent_id, a.depth + 1 from messages m join ancestry a on m.id = a.id
        where m.parent_id is not null and a.depth < ${limit}
      )
      select m.id, m.chat_id as chatId, m.parent_id as parentId, m.role, m.content, m.status, m.run_id as runId,
             m.model, m.manifest_id as manifestId, m.created_at as createdAt, a.depth
      from ancestry a join messages m on m.id = a.id`);
    rows.sort((a, b) => b.depth - a.depth);
    // The walk fetched one message beyond the limit when there is one: it only proves there is more.
    const moreAbove = rows.length > limit;
    return { messages: (moreAbove ? rows.slice(1) : rows).map(parseRow), moreAbove };
  }

  /** Ids of the messages on the path from the root to `leafId`, root first. */
  pathIds(leafId: string): string[] {
    const rows = this.db.all<{ id: string; depth: number }>(sql`
      with recursive ancestry(id, depth) as (
        select ${leafId}, 0
        union all
        select m.parent_id, a.depth + 1 from messages m join ancestry a on m.id = a.id where m.parent_id is not null
      )
      select id, depth from ancestry`);
    return rows.sort((a, b) => b.depth - a.depth).map((row) => row.id);
  }

  /**
   * Ids of `id` and every message below it. `cross join` pins the join order so each step is one
   * lookup in the (chat_id, parent_id) index; left to itself, SQLite scans the chat per step.
   */
  subtreeIds(chatId: string, id: string): string[] {
    return this.db
      .all<{ id: string }>(
        sql`
        with recursive below(id) as (
          select ${id}
          union all
          select m.id from below b cross join messages m on m.chat_id = ${chatId} and m.parent_id = b.id
        )
        select id from below`,
      )
      .map((row) => row.id);
  }

  /**
   * The newest leaf below `id` (itself when it has no children): where switching to a sibling
   * lands. A child is always created after its parent, so the newest message of a subtree has no
   * children: the leaf wanted is simply the largest (time-sortable) id in the subtree.
   */
  newestLeafBelow(chatId: string, id: string): string {
    const row = this.db.get<{ id: string | null } | undefined>(sql`
      with recursive below(id) as (
        select ${id}
        union all
        select m.id from below b cross join messages m on m.chat_id = ${chatId} and m.parent_id = b.id
      )
      select max(id) as id from below`);
    return row?.id ?? id;
  }

  /** Children of each of `parentIds` (and the chat's roots when `null` is among them), oldest first. */
  siblingsOf(chatId: string, parentIds: readonly (string | null)[]): Map<string | null, string[]> {
    const ids = [...new Set(parentIds.filter((id): id is string => id !== null))];
    const rows = this.db.all<{ id: string; parentId: string | null }>(sql`
      select id, parent_id as parentId from messages
      where chat_id = ${chatId}
        and (parent_id in ${
          ids.length === 0
            ? sql`(null)`
            : sql`(${sql.join(
                ids.map((id) => sql`${id}`),
                sql`, `,
              )})`
        }
             ${parentIds.includes(null) ? sql`or parent_id is null` : sql``})
      order by id`);
    const byParent = new Map<string | null, string[]>();
    for (const row of rows) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row.id]);
    return byParent;
  }

  /** Every message of a chat as a bare tree node: the branch map's shape, without any text. */
  treeNodes(chatId: string) {
    return this.db.all<{ id: string; parentId: string | null; role: Message["role"]; createdAt: number }>(sql`
      select id, parent_id as parentId, role, created_at as createdAt from messages where chat_id = ${chatId}`);
  }

  /** The first text block of each of `ids`, for previews; a handful of rows, never a whole chat. */
  firstTexts(ids: readonly string[]): Map<string, string> {
    const texts = new Map<string, string>();
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const rows = this.db.all<{ id: string; text: string | null }>(sql`
        select m.id, (select json_extract(b.value, '$.text') from json_each(m.content, '$.blocks') b
                      where json_extract(b.value, '$.type') = 'text' limit 1) as text
        from messages m where m.id in (${sql.join(
          chunk.map((id) => sql`${id}`),
          sql`, `,
        )})`);
      for (const row of rows) texts.set(row.id, row.text ?? "");
    }
    return texts;
  }

  setActiveLeaf(chatId: string, leafId: string | null): void {
    this.db.update(chats).set({ activeLeafId: leafId, updatedAt: Date.now() }).where(eq(chats.id, chatId)).run();
  }

  deleteMessage(id: string): void {
    this.db.delete(messages).where(eq(messages.id, id)).run();
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

  /** A new, empty assistant answer below `parentId` and its run; the chat moves to it. */
  insertReply(reply: {
    chatId: string;
    parentId: string;
    assistantMessageId: string;
    runId: string;
    model: ModelRef;
    now: number;
  }): void {
    this.db.transaction((tx) => {
      tx.insert(messages)
        .values({
          id: reply.assistantMessageId,
          chatId: reply.chatId,
          parentId: reply.parentId,
          role: "assistant",
          content: { seq: 0, status: "streaming", blocks: [] },
          status: "streaming",
          runId: reply.runId,
          model: reply.model,
          createdAt: reply.now,
        })
        .run();
      tx.insert(runs)
        .values({
          id: reply.runId,
          chatId: reply.chatId,
          messageId: reply.assistantMessageId,
          status: "running",
          lastSeq: 0,
          startedAt: reply.now,
        })
        .run();
      tx.update(chats)
        .set({ activeLeafId: reply.assistantMessageId, model: reply.model, updatedAt: reply.now })
        .where(eq(chats.id, reply.chatId))
        .run();
    });
  }

  /** Hands an existing answer to a new run that will extend it; its blocks stay, its seq restarts. */
  reopenForContinuation(message: Message, runId: string, now: number): MessageContent {
    const content: MessageContent = { ...message.content, seq: 0, status: "streaming" };
    this.db.transaction((tx) => {
      tx.update(messages).set({ content, status: "streaming", runId }).where(eq(messages.id, message.id)).run();
      tx.insert(runs)
        .values({
          id: runId,
          chatId: message.chatId,
          messageId: message.id,
          status: "running",
          lastSeq: 0,
          startedAt: now,
        })
        .run();
      tx.update(chats).set({ activeLeafId: message.id, updatedAt: now }).where(eq(chats.id, message.chatId)).run();
    });
    return content;
  }

  /** Runs `work` in one transaction (nested ones become savepoints): all of it is stored, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(() => work());
  }

  /**
   * Copies messages (root first) into another chat under new ids, keeping their shape (not their
   * workspace versions: see `ChatWorkspaces.copyVersions`). Returns source id → copy id.
   */
  copyPath(path: readonly Message[], targetChatId: string, newId: () => string): Map<string, string> {
    const copies = new Map<string, string>();
    let parentId: string | null = null;
    this.db.transaction((tx) => {
      for (const message of path) {
        const id = newId();
        copies.set(message.id, id);
        const finished = message.status === "streaming" ? "cancelled" : message.status;
        tx.insert(messages)
          .values({
            id,
            chatId: targetChatId,
            parentId,
            role: message.role,
            content: { ...message.content, status: finished },
            status: finished,
            model: message.model,
            createdAt: message.createdAt,
          })
          .run();
        parentId = id;
      }
      tx.update(chats).set({ activeLeafId: parentId }).where(eq(chats.id, targetChatId)).run();
    });
    return copies;
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
          content: {
            seq: 0,
            status: "complete",
            blocks: [{ type: "text", id: "text", text: turn.userText }, ...(turn.attachments ?? [])],
          },
          status: "complete",
          manifestId: turn.manifestId ?? null,
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

/** Rows from raw SQL carry JSON columns as text; Drizzle's typed queries parse them already. */
function parseRow(row: MessageRow): Message {
  return toMessage({
    ...row,
    content: JSON.parse(row.content as unknown as string) as MessageContent,
    model: row.model === null ? null : (JSON.parse(row.model as unknown as string) as ModelRef),
  });
}

function toChat(row: ChatRow): Chat {
  return {
    id: row.id,
    title: row.title,
    model: row.model ?? null,
    activeLeafId: row.activeLeafId,
    tools: row.tools,
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
