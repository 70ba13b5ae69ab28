import { describe, expect, it } from "vitest";
import { bindingKeys, findShortcut, matchesBinding, type KeyPress } from "./shortcuts.js";

function press(key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe("shortcuts", () => {
  it("uses Ctrl as the modifier elsewhere and ⌘ on a Mac", () => {
    expect(findShortcut(press("k", { ctrlKey: true }), false, false)?.id).toBe("command-palette");
    expect(findShortcut(press("k", { ctrlKey: true }), true, false)).toBeUndefined();
    expect(findShortcut(press("k", { metaKey: true }), true, false)?.id).toBe("command-palette");
    expect(findShortcut(press("O", { ctrlKey: true, shiftKey: true }), false, false)?.id).toBe("new-chat");
  });

  it("keeps single-key shortcuts out of the way while typing", () => {
    expect(findShortcut(press("?", { shiftKey: true }), false, false)?.id).toBe("shortcuts-help");
    expect(findShortcut(press("?", { shiftKey: true }), false, true)).toBeUndefined();
    expect(findShortcut(press("/"), false, true)).toBeUndefined();
    expect(findShortcut(press("k", { ctrlKey: true }), false, true)?.id).toBe("command-palette");
    expect(findShortcut(press("Escape"), false, true)?.id).toBe("stop");
  });

  it("requires exactly the binding's modifiers", () => {
    expect(matchesBinding(press("k", { ctrlKey: true, altKey: true }), { key: "k", mod: true }, false)).toBe(false);
    expect(matchesBinding(press("/", { ctrlKey: true }), { key: "/" }, false)).toBe(false);
    expect(matchesBinding(press("ArrowLeft", { altKey: true }), { key: "ArrowLeft", alt: true }, false)).toBe(true);
  });

  it("names the keys per platform", () => {
    expect(bindingKeys({ key: "o", mod: true, shift: true }, false)).toEqual(["Ctrl", "Shift", "O"]);
    expect(bindingKeys({ key: "ArrowLeft", alt: true }, true)).toEqual(["⌥", "←"]);
  });
});
