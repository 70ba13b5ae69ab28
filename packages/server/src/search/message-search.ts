import type { SearchHit } from "@covalt/contracts";
import { sql } from "drizzle-orm";
import type { Db } from "../db/database.js";

/**
 * Turns what a person types into an FTS5 query that cannot be a syntax error: every word is a
 * quoted phrase (quotes doubled inside), all must match, and the last one also matches as a
 * prefix so results follow typing.
 */
export function toFtsQuery(text: string): string | undefined {
  const words = text
    .split(/\s+/)
    .filter((word) => word !== "")
    .slice(0, 12);
  if (words.length === 0) return undefined;
  return words
    .map((word, index) => `"${word.replaceAll('"', '""')}"${index === words.length - 1 ? "*" : ""}`)
    .join(" ");
}

/**
 * Full-text search over every message of every branch of every chat, newest first. Ranking by
 * relevance would score every match of a common word before taking the first page; walking the
 * index in row order stops at the limit, and recent conversations are what people look for.
 */
export function searchMessages(db: Db, text: string, limit: number): SearchHit[] {
  const query = toFtsQuery(text);
  if (query === undefined) return [];
  return db.all<SearchHit>(sql`
    select s.message_id as messageId, s.chat_id as chatId, c.title as chatTitle, m.role, m.created_at as createdAt,
           snippet(message_search, 0, char(1), char(2), '…', 16) as snippet
    from message_search s
    join messages m on m.rowid = s.rowid
    join chats c on c.id = s.chat_id
    where message_search match ${query}
    order by s.rowid desc
    limit ${limit}`);
}
