import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { focusComposer, useComposerCommands } from "../chat/composer/composer-commands.js";
import { closeCommandPalette, openCommandPalette, openShortcutsDialog, useOverlays } from "./overlay-store.js";
import { findShortcut, isMacPlatform, type ShortcutId } from "./shortcuts.js";
import { isTypingTarget } from "./typing-target.js";

/** A modal or a popover is open: Escape and single keys belong to it. */
function overlayOpen(): boolean {
  return document.querySelector('dialog[open], [data-popover="open"], [data-testid="model-selector-panel"]') !== null;
}

/** The app-wide shortcuts (see `shortcuts.ts`); mounted once in the app frame. */
export function useGlobalShortcuts(): void {
  const navigate = useNavigate();
  const latestNavigate = useRef(navigate);
  useEffect(() => {
    latestNavigate.current = navigate;
  });

  useEffect(() => {
    const mac = isMacPlatform();
    const run: Record<ShortcutId, (() => boolean) | undefined> = {
      "command-palette": () => {
        if (useOverlays.getState().palette) closeCommandPalette();
        else openCommandPalette();
        return true;
      },
      "new-chat": () => {
        void latestNavigate.current({ to: "/" }).then(() => focusComposer());
        return true;
      },
      "focus-composer": () => !overlayOpen() && focusComposer(),
      stop: () => {
        const stop = useComposerCommands.getState().stop;
        if (stop === undefined || overlayOpen()) return false;
        stop();
        return true;
      },
      "shortcuts-help": () => {
        if (overlayOpen()) return false;
        openShortcutsDialog();
        return true;
      },
      "edit-last": undefined,
      "previous-sibling": undefined,
      "next-sibling": undefined,
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = findShortcut(event, mac, isTypingTarget(event.target));
      if (shortcut === undefined) return;
      if (run[shortcut.id]?.() === true) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
