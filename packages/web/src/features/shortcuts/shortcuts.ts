/**
 * Every keyboard shortcut of the app, in one list: the global handler matches against it and the
 * shortcuts dialog renders it, so the two cannot drift apart.
 */
export interface KeyBinding {
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type ShortcutId =
  | "command-palette"
  | "new-chat"
  | "focus-composer"
  | "edit-last"
  | "stop"
  | "previous-sibling"
  | "next-sibling"
  | "shortcuts-help";

export interface Shortcut {
  id: ShortcutId;
  description: string;
  binding: KeyBinding;
  /**
   * `global`: handled by the app anywhere; `typing-safe` global ones also fire while typing.
   * `local`: handled by the element named in `where`, listed here so the dialog shows it.
   */
  scope: "global" | "local";
  worksWhileTyping?: boolean;
  where?: string;
}

export const shortcuts: readonly Shortcut[] = [
  {
    id: "command-palette",
    description: "Search messages and commands",
    binding: { key: "k", mod: true },
    scope: "global",
    worksWhileTyping: true,
  },
  {
    id: "new-chat",
    description: "New chat",
    binding: { key: "o", mod: true, shift: true },
    scope: "global",
    worksWhileTyping: true,
  },
  { id: "focus-composer", description: "Focus the message box", binding: { key: "/" }, scope: "global" },
  {
    id: "edit-last",
    description: "Edit your last message",
    binding: { key: "ArrowUp" },
    scope: "local",
    where: "in an empty message box",
  },
  {
    id: "stop",
    description: "Stop the answer being written",
    binding: { key: "Escape" },
    scope: "global",
    worksWhileTyping: true,
  },
  {
    id: "previous-sibling",
    description: "Previous version of a message",
    binding: { key: "ArrowLeft", alt: true },
    scope: "local",
    where: "on a focused message",
  },
  {
    id: "next-sibling",
    description: "Next version of a message",
    binding: { key: "ArrowRight", alt: true },
    scope: "local",
    where: "on a focused message",
  },
  { id: "shortcuts-help", description: "Show keyboard shortcuts", binding: { key: "?" }, scope: "global" },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Keys whose character already implies Shift on common layouts: `?` must not also demand it. */
const shiftedCharacters = new Set(["?"]);

export function matchesBinding(press: KeyPress, binding: KeyBinding, mac: boolean): boolean {
  const modPressed = mac ? press.metaKey : press.ctrlKey;
  const otherModifier = mac ? press.ctrlKey : press.metaKey;
  if (modPressed !== (binding.mod === true) || otherModifier) return false;
  if (press.altKey !== (binding.alt === true)) return false;
  if (!shiftedCharacters.has(binding.key) && press.shiftKey !== (binding.shift === true)) return false;
  return press.key.length === 1 ? press.key.toLowerCase() === binding.key.toLowerCase() : press.key === binding.key;
}

/** The global shortcut a key press means, if any. */
export function findShortcut(press: KeyPress, mac: boolean, typing: boolean): Shortcut | undefined {
  return shortcuts.find(
    (shortcut) =>
      shortcut.scope === "global" &&
      (!typing || shortcut.worksWhileTyping === true) &&
      matchesBinding(press, shortcut.binding, mac),
  );
}

const keyNames: Record<string, string> = {
  ArrowUp: "↑",
  ArrowDown: "↓",
  ArrowLeft: "←",
  ArrowRight: "→",
  Escape: "Esc",
};

/** The key caps to draw for a binding, e.g. ["Ctrl", "Shift", "O"] or ["⌘", "K"]. */
export function bindingKeys(binding: KeyBinding, mac: boolean): string[] {
  const keys: string[] = [];
  if (binding.mod) keys.push(mac ? "⌘" : "Ctrl");
  if (binding.alt) keys.push(mac ? "⌥" : "Alt");
  if (binding.shift) keys.push(mac ? "⇧" : "Shift");
  keys.push(keyNames[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key));
  return keys;
}

export function isMacPlatform(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

export function shortcutKeys(id: ShortcutId, mac: boolean): string[] {
  const shortcut = shortcuts.find((candidate) => candidate.id === id);
  return shortcut ? bindingKeys(shortcut.binding, mac) : [];
}
