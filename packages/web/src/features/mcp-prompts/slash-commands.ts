import type { McpPrompt } from "@covalt/contracts";

/**
 * `/prompt` commands in the composer. A command is a `/` at the start of a line (spaces before it
 * are fine) followed by the name typed so far; choosing a prompt replaces the whole command with
 * the prompt's text.
 */
export interface ActiveSlashCommand {
  /** Where the `/` is. */
  start: number;
  /** What follows the `/` up to the caret. */
  query: string;
}

/** One prompt offered by one server. */
export interface SlashPrompt {
  serverId: string;
  serverName: string;
  prompt: McpPrompt;
}

/** A server's prompts that match, under its name. */
export interface SlashGroup {
  serverId: string;
  serverName: string;
  prompts: SlashPrompt[];
}

const commandPattern = /(?:^|\n)[ \t]*\/([^\s/]*)$/;

export function activeSlashCommandAt(text: string, caret: number): ActiveSlashCommand | undefined {
  const before = text.slice(0, caret);
  const match = commandPattern.exec(before);
  if (match === null) return undefined;
  const query = match[1] ?? "";
  return { start: caret - query.length - 1, query };
}

function rankOf(entry: SlashPrompt, needle: string): number | undefined {
  const name = entry.prompt.name.toLowerCase();
  const title = (entry.prompt.title ?? "").toLowerCase();
  if (name.startsWith(needle) || title.startsWith(needle)) return 0;
  if (name.includes(needle) || title.includes(needle)) return 1;
  return undefined;
}

/**
 * The prompts matching the query, grouped by server (servers by name, then prompts that start with
 * the query before those that merely contain it, then by name). At most `limit` prompts in all.
 */
export function slashSuggestions(entries: readonly SlashPrompt[], query: string, limit = 50): SlashGroup[] {
  const needle = query.toLowerCase();
  const ranked = entries.flatMap((entry) => {
    const rank = rankOf(entry, needle);
    return rank === undefined ? [] : [{ entry, rank }];
  });
  ranked.sort(
    (a, b) =>
      a.entry.serverName.localeCompare(b.entry.serverName) ||
      a.entry.serverId.localeCompare(b.entry.serverId) ||
      a.rank - b.rank ||
      a.entry.prompt.name.localeCompare(b.entry.prompt.name),
  );
  const groups: SlashGroup[] = [];
  for (const { entry } of ranked.slice(0, limit)) {
    const last = groups.at(-1);
    if (last?.serverId === entry.serverId) last.prompts.push(entry);
    else groups.push({ serverId: entry.serverId, serverName: entry.serverName, prompts: [entry] });
  }
  return groups;
}

/** The groups' prompts in display order, which is the keyboard order. */
export function flattenGroups(groups: readonly SlashGroup[]): SlashPrompt[] {
  return groups.flatMap((group) => group.prompts);
}

/** Where the command ends: the name may go on after the caret (`/sum|mary`). */
export function slashCommandEnd(text: string, command: ActiveSlashCommand): number {
  const rest = /^[^\s/]*/.exec(text.slice(command.start + 1 + command.query.length))?.[0] ?? "";
  return command.start + 1 + command.query.length + rest.length;
}

/**
 * Replaces the command (from its `/` to `end`) with the prompt's text. When the text changed
 * meanwhile so the command is no longer there, the prompt's text goes at the start instead.
 */
export function replaceSlashCommand(
  text: string,
  range: { start: number; end: number; command: string },
  replacement: string,
): { text: string; caret: number } {
  const intact = text.slice(range.start, range.end) === range.command;
  const start = intact ? range.start : 0;
  const end = intact ? range.end : 0;
  const after = text.slice(end);
  const separator = !intact && after !== "" ? "\n\n" : "";
  return { text: `${text.slice(0, start)}${replacement}${separator}${after}`, caret: start + replacement.length };
}

/** What a prompt puts into the composer: its user messages, a blank line between them. */
export function promptUserText(messages: readonly { role: string; text: string }[]): string {
  return messages
    .filter((message) => message.role === "user")
    .map((message) => message.text.trim())
    .filter((text) => text !== "")
    .join("\n\n");
}
