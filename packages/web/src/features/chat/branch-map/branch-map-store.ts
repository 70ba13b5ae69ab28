import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface BranchMapPanelState {
  open: boolean;
  toggle: () => void;
  setOpen: (open: boolean) => void;
}

/** Whether the branch map panel is shown beside chats; remembered, like the sidebar. */
export const useBranchMapPanel = create<BranchMapPanelState>()(
  persist(
    (set) => ({
      open: false,
      toggle: () => {
        set((state) => ({ open: !state.open }));
      },
      setOpen: (open) => {
        set({ open });
      },
    }),
    { name: "covalt.branch-map", storage: createJSONStorage(() => localStorage) },
  ),
);
