import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import {
  closedPanel,
  panelWidthLimits,
  withFileOpen,
  withPathMoved,
  withPathRemoved,
  withTabClosed,
  type ChatPanelState,
} from "./panel-tabs.js";

interface WorkspacePanelStore {
  chats: Readonly<Record<string, ChatPanelState>>;
  /** Shared by all chats and remembered: a width the user chose is a preference, not per chat. */
  width: number;
  treeVisible: boolean;
  setWidth: (width: number) => void;
  setTreeVisible: (visible: boolean) => void;
}

export const useWorkspacePanelStore = create<WorkspacePanelStore>()(
  persist(
    (set) => ({
      chats: {},
      width: panelWidthLimits.fallback,
      treeVisible: true,
      setWidth: (width) => {
        set({ width });
      },
      setTreeVisible: (treeVisible) => {
        set({ treeVisible });
      },
    }),
    {
      name: "covalt.artifact-panel",
      storage: createJSONStorage(() => localStorage),
      // Open tabs stay per session: a stored tab of a file deleted since would only greet with an error.
      partialize: (state) => ({ width: state.width, treeVisible: state.treeVisible }),
    },
  ),
);

function update(chatId: string, change: (state: ChatPanelState) => ChatPanelState) {
  useWorkspacePanelStore.setState((store) => ({
    chats: { ...store.chats, [chatId]: change(store.chats[chatId] ?? closedPanel) },
  }));
}

/** Opens the chat's artifact panel on a workspace file; tool cards and change summaries call this. */
export function openWorkspaceFile(chatId: string, path: string): void {
  update(chatId, (state) => withFileOpen(state, path));
}

export function toggleWorkspacePanel(chatId: string): void {
  update(chatId, (state) => ({ ...state, open: !state.open }));
}

export function closeWorkspacePanel(chatId: string): void {
  update(chatId, (state) => ({ ...state, open: false }));
}

export function closeWorkspaceTab(chatId: string, path: string): void {
  update(chatId, (state) => withTabClosed(state, path));
}

export function showWorkspaceTab(chatId: string, path: string): void {
  update(chatId, (state) => ({ ...state, active: path }));
}

export function followWorkspaceMove(chatId: string, from: string, to: string): void {
  update(chatId, (state) => withPathMoved(state, from, to));
}

export function forgetWorkspacePath(chatId: string, path: string): void {
  update(chatId, (state) => withPathRemoved(state, path));
}

export function useChatPanel(chatId: string): ChatPanelState {
  return useWorkspacePanelStore((store) => store.chats[chatId] ?? closedPanel);
}
