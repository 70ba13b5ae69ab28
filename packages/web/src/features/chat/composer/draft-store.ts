import { create } from "zustand";

/** The key of the composer on the new-chat page, which has no chat id yet. */
export const newChatDraftKey = "new";

interface Draft {
  text: string;
  /** Why the last send of this draft failed, shown above the composer. */
  error?: string | undefined;
  /** The tools picked before the chat exists (new-chat page only): sent with the chat's creation. */
  tools?: string[] | undefined;
}

interface DraftState {
  drafts: Record<string, Draft>;
  setText: (key: string, text: string) => void;
  setError: (key: string, error: string | undefined) => void;
  setTools: (key: string, tools: string[] | undefined) => void;
  /** A failed first send moves its text and error to the chat that was created for it. */
  restore: (key: string, draft: Draft) => void;
}

/** Unsent text per chat, so switching chats (or a failed send) never loses what was typed. */
export const useDraftStore = create<DraftState>()((set) => ({
  drafts: {},
  setText: (key, text) => {
    set((state) => ({ drafts: { ...state.drafts, [key]: { ...state.drafts[key], text } } }));
  },
  setError: (key, error) => {
    set((state) => ({
      drafts: { ...state.drafts, [key]: { ...state.drafts[key], text: state.drafts[key]?.text ?? "", error } },
    }));
  },
  setTools: (key, tools) => {
    set((state) => ({
      drafts: { ...state.drafts, [key]: { ...state.drafts[key], text: state.drafts[key]?.text ?? "", tools } },
    }));
  },
  restore: (key, draft) => {
    set((state) => ({ drafts: { ...state.drafts, [key]: { ...state.drafts[key], ...draft } } }));
  },
}));
