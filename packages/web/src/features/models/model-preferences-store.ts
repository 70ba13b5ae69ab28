import type { ModelRef } from "@covalt/contracts";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { rememberRecent } from "./recent-models.js";

interface ModelPreferencesState {
  /** Most recently used first. */
  recents: ModelRef[];
  /** What a new chat starts with: the model chosen last. */
  lastChosen: ModelRef | null;
  /** Records a pick or a use; both count as "recent". */
  remember: (model: ModelRef) => void;
}

export const useModelPreferences = create<ModelPreferencesState>()(
  persist(
    (set) => ({
      recents: [],
      lastChosen: null,
      remember: (model) => {
        set((state) => ({ recents: rememberRecent(state.recents, model), lastChosen: model }));
      },
    }),
    {
      name: "covalt.models",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ recents: state.recents, lastChosen: state.lastChosen }),
    },
  ),
);
