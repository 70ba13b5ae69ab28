import { create } from "zustand";

interface ComposerCommands {
  /** Stops the answer streaming into the open chat; set only while one is. */
  stop: (() => void) | undefined;
}

/** Lets app-wide shortcuts (Escape) reach the open chat's composer without prop drilling. */
export const useComposerCommands = create<ComposerCommands>()(() => ({ stop: undefined }));

export function focusComposer(): boolean {
  const input = document.querySelector<HTMLTextAreaElement>('[data-testid="composer-input"]');
  input?.focus();
  return input !== null;
}
