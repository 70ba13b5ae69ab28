import { create } from "zustand";
import type { DraftAttachment } from "../attachments/draft-attachment.js";

/** The key of the composer on the new-chat page, which has no chat id yet. */
export const newChatDraftKey = "new";

interface Draft {
  text: string;
  /** Why the last send of this draft failed, shown above the composer. */
  error?: string | undefined;
  /** The tools picked before the chat exists (new-chat page only): sent with the chat's creation. */
  tools?: string[] | undefined;
  /** Files attached to the unsent message (chips above the text box). */
  attachments?: DraftAttachment[] | undefined;
}

interface DraftState {
  drafts: Record<string, Draft>;
  setText: (key: string, text: string) => void;
  setError: (key: string, error: string | undefined) => void;
  setTools: (key: string, tools: string[] | undefined) => void;
  /** A failed first send moves its text and error to the chat that was created for it. */
  restore: (key: string, draft: Draft) => void;
  addAttachments: (key: string, attachments: DraftAttachment[]) => void;
  /** Changes one attachment; a no-op when it was removed meanwhile. */
  patchAttachment: (key: string, id: string, patch: Partial<DraftAttachment>) => void;
  /** Takes attachments off the draft (their object URLs are the caller's to revoke). */
  dropAttachments: (key: string, ids: readonly string[]) => void;
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
  addAttachments: (key, attachments) => {
    set((state) => {
      const draft = state.drafts[key];
      const next = [...(draft?.attachments ?? []), ...attachments];
      return { drafts: { ...state.drafts, [key]: { ...draft, text: draft?.text ?? "", attachments: next } } };
    });
  },
  patchAttachment: (key, id, patch) => {
    set((state) => {
      const draft = state.drafts[key];
      if (draft?.attachments?.some((attachment) => attachment.id === id) !== true) return state;
      const next = draft.attachments.map((attachment) =>
        attachment.id === id ? { ...attachment, ...patch } : attachment,
      );
      return { drafts: { ...state.drafts, [key]: { ...draft, attachments: next } } };
    });
  },
  dropAttachments: (key, ids) => {
    set((state) => {
      const draft = state.drafts[key];
      if (draft?.attachments === undefined) return state;
      const next = draft.attachments.filter((attachment) => !ids.includes(attachment.id));
      return { drafts: { ...state.drafts, [key]: { ...draft, attachments: next } } };
    });
  },
}));
