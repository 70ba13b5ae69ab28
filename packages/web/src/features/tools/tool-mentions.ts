import type { ToolInfo } from "@covalt/contracts";

/**
 * `@tool` mentions in a message. A mention is `@` at the start of the text or after a character
 * that cannot be part of a word or an email address, followed by a tool name: `@read_file`. When
 * two sources have a tool of the same name, the bare name is ambiguous and enables nothing; the
 * qualified form `@<source>.<tool>` (`@files.read_file`) names one of them. Mentions stay in the
 * text; the ones that name a listed tool enable it for that one message.
 */
type MentionTool = Pick<ToolInfo, "id" | "name" | "source">;

const nameCharacters = "A-Za-z0-9_\\-";
const mentionPattern = new RegExp(`(?<![\\w@./])@([${nameCharacters}]+(?:\\.[${nameCharacters}]+)?)`, "g");

function resolve(mention: string, tools: readonly MentionTool[]): string | undefined {
  const dot = mention.indexOf(".");
  if (dot !== -1) {
    const source = mention.slice(0, dot);
    const name = mention.slice(dot + 1);
    const qualified = tools.find((tool) => tool.source.id === source && tool.name === name);
    if (qualified) return qualified.id;
  }
  // `@read_file.` at the end of a sentence, or a dotted name that is no source: try the bare part.
  const bare = dot === -1 ? mention : mention.slice(0, dot);
  const named = tools.filter((tool) => tool.name === bare);
  return named.length === 1 ? named[0]?.id : undefined;
}

/** Canonical ids of the listed tools the text mentions, each once, in order of first mention. */
export function extractToolMentions(text: string, tools: readonly MentionTool[]): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(mentionPattern)) {
    const id = resolve(match[1] ?? "", tools);
    if (id !== undefined && !found.includes(id)) found.push(id);
  }
  return found;
}

/** What to type to mention a tool: its bare name, or `source.name` when another source has the same name. */
export function mentionNameFor(tool: MentionTool, tools: readonly MentionTool[]): string {
  const clash = tools.some((other) => other.id !== tool.id && other.name === tool.name);
  return clash ? `${tool.source.id}.${tool.name}` : tool.name;
}

/** The mention being typed at the caret: where its `@` is and what follows it so far. */
export interface ActiveMention {
  start: number;
  query: string;
}

export function activeMentionAt(text: string, caret: number): ActiveMention | undefined {
  const before = text.slice(0, caret);
  const match = new RegExp(`(?<![\\w@./])@([${nameCharacters}.]*)$`).exec(before);
  if (match === null) return undefined;
  return { start: match.index, query: match[1] ?? "" };
}

/** Tools whose mention name starts with the query come first, then those that merely contain it. */
export function mentionSuggestions<Tool extends MentionTool>(tools: readonly Tool[], query: string, limit = 8): Tool[] {
  const needle = query.toLowerCase();
  const scored = tools
    .map((tool) => {
      const name = mentionNameFor(tool, tools).toLowerCase();
      const rank = name.startsWith(needle) || tool.name.toLowerCase().startsWith(needle) ? 0 : 1;
      return { tool, rank, hit: name.includes(needle) };
    })
    .filter((entry) => entry.hit);
  return scored
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.tool);
}

/** Replaces the mention being typed with the chosen one plus a space; returns the text and the new caret. */
export function insertMention(
  text: string,
  mention: ActiveMention,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^[A-Za-z0-9_.-]*/, "");
  const spaced = after.startsWith(" ") ? after : ` ${after}`;
  return { text: `${text.slice(0, mention.start)}@${name}${spaced}`, caret: mention.start + name.length + 2 };
}
