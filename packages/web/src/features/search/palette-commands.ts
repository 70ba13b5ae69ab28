import type { ShortcutId } from "../shortcuts/shortcuts.js";

export type PaletteCommandId = "new-chat" | "settings" | "providers" | "branch-map" | "shortcuts" | "theme";

export interface PaletteCommand {
  id: PaletteCommandId;
  label: string;
  keywords: readonly string[];
  shortcut?: ShortcutId;
  /** Only offered while a chat is open. */
  inChatOnly?: boolean;
}

export const paletteCommands: readonly PaletteCommand[] = [
  { id: "new-chat", label: "New chat", keywords: ["start", "create", "conversation"], shortcut: "new-chat" },
  { id: "settings", label: "Open settings", keywords: ["preferences", "appearance", "options"] },
  { id: "providers", label: "Manage providers", keywords: ["models", "api", "key", "settings"] },
  {
    id: "branch-map",
    label: "Show or hide the branch map",
    keywords: ["tree", "branches", "versions"],
    inChatOnly: true,
  },
  { id: "shortcuts", label: "Keyboard shortcuts", keywords: ["keys", "help", "hotkeys"], shortcut: "shortcuts-help" },
  { id: "theme", label: "Switch theme", keywords: ["dark", "light", "appearance", "mode"] },
];

/** Commands whose label or keywords contain every word typed (in any order, any case). */
export function filterCommands(
  commands: readonly PaletteCommand[],
  text: string,
  options: { inChat: boolean },
): PaletteCommand[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    if (command.inChatOnly === true && !options.inChat) return false;
    const haystack = [command.label, ...command.keywords].join(" ").toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
