import type Sqlite from "better-sqlite3";

/**
 * Writes generated conversations straight into a Covalt database: the same rows the server
 * writes, at a speed no API loop could reach. Message ids sort by creation, as real ones do.
 */

const commonWords = [
  "the",
  "model",
  "answer",
  "question",
  "data",
  "file",
  "run",
  "chat",
  "code",
  "test",
  "fast",
  "local",
];
const rareWordCount = 5000;

/** Deterministic pseudo-random numbers, so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A sentence mixing very common words with rare ones (`topic1234`), so queries of both kinds exist. */
export function sentence(random: () => number, words = 24): string {
  const parts: string[] = [];
  for (let index = 0; index < words; index += 1) {
    parts.push(
      random() < 0.8
        ? (commonWords[Math.floor(random() * commonWords.length)] ?? "the")
        : `topic${Math.floor(random() * rareWordCount)}`,
    );
  }
  return parts.join(" ");
}

export interface SeededChat {
  chatId: string;
  activeLeafId: string;
  /** Siblings to switch to: each branch's first message and the trunk message it branched from. */
  branchTargets: string[];
  /** Messages along the active path, root first. */
  activePath: string[];
}

let idCounter = 0;
const nextId = (prefix: string) =>
  `${prefix}_${String(++idCounter).padStart(12, "0")}seed${Math.floor(Math.random() * 1e6)
    .toString(36)
    .padStart(6, "0")}`;

interface Writer {
  insertChat: Sqlite.Statement;
  insertMessage: Sqlite.Statement;
  setLeaf: Sqlite.Statement;
}

function writer(sqlite: Sqlite.Database): Writer {
  return {
    insertChat: sqlite.prepare(
      "insert into chats (id, title, active_leaf_id, created_at, updated_at) values (?, ?, null, ?, ?)",
    ),
    insertMessage: sqlite.prepare(
      "insert into messages (id, chat_id, parent_id, role, content, status, created_at) values (?, ?, ?, ?, ?, 'complete', ?)",
    ),
    setLeaf: sqlite.prepare("update chats set active_leaf_id = ? where id = ?"),
  };
}

function addMessage(
  w: Writer,
  chatId: string,
  parentId: string | null,
  role: "user" | "assistant",
  text: string,
): string {
  const id = nextId("msg");
  const content = JSON.stringify({ seq: 0, status: "complete", blocks: [{ type: "text", id: "text", text }] });
  w.insertMessage.run(id, chatId, parentId, role, content, Date.now());
  return id;
}

/**
 * One chat of `messages` messages with `branchPoints` places where a question was edited: a
 * trunk holds half the messages, the branches share the rest. The active branch is the trunk.
 */
export function seedBranchyChat(
  sqlite: Sqlite.Database,
  options: { messages: number; branchPoints: number; seed?: number },
): SeededChat {
  const random = seededRandom(options.seed ?? 7);
  const w = writer(sqlite);
  const chatId = nextId("chat");
  const trunkLength = Math.floor(options.messages / 2);
  const branchLength = Math.max(2, Math.floor((options.messages - trunkLength) / options.branchPoints));
  let seeded: SeededChat | undefined;
  sqlite.transaction(() => {
    w.insertChat.run(chatId, "Seeded branchy chat", Date.now(), Date.now());
    const trunk: string[] = [];
    let parent: string | null = null;
    for (let index = 0; index < trunkLength; index += 1) {
      parent = addMessage(w, chatId, parent, index % 2 === 0 ? "user" : "assistant", sentence(random));
      trunk.push(parent);
    }
    const branchTargets: string[] = [];
    for (let point = 0; point < options.branchPoints; point += 1) {
      // Branch at a user message: the edited question is a sibling below the same assistant answer.
      const at = 2 * Math.floor(random() * (trunkLength / 2 - 1)) + 2;
      let branchParent: string | null = trunk[at - 1] ?? null;
      for (let index = 0; index < branchLength; index += 1) {
        branchParent = addMessage(w, chatId, branchParent, index % 2 === 0 ? "user" : "assistant", sentence(random));
        // Alternate a small branch and its trunk sibling, whose subtree holds the rest of the trunk.
        if (index === 0) branchTargets.push(branchParent, trunk[at] ?? branchParent);
      }
    }
    const leaf = trunk.at(-1) ?? "";
    w.setLeaf.run(leaf, chatId);
    seeded = { chatId, activeLeafId: leaf, branchTargets, activePath: trunk };
  })();
  if (seeded === undefined) throw new Error("seeding failed");
  return seeded;
}

/** `chats` linear chats of `messagesPerChat` messages each, for search over a large store. */
export function seedManyChats(
  sqlite: Sqlite.Database,
  options: { chats: number; messagesPerChat: number; seed?: number },
): void {
  const random = seededRandom(options.seed ?? 11);
  const w = writer(sqlite);
  for (let chat = 0; chat < options.chats; chat += 1) {
    sqlite.transaction(() => {
      const chatId = nextId("chat");
      w.insertChat.run(chatId, `Seeded chat ${chat}`, Date.now(), Date.now());
      let parent: string | null = null;
      for (let index = 0; index < options.messagesPerChat; index += 1) {
        parent = addMessage(w, chatId, parent, index % 2 === 0 ? "user" : "assistant", sentence(random, 40));
      }
      w.setLeaf.run(parent, chatId);
    })();
  }
}
