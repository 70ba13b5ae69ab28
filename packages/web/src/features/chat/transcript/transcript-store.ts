import { create } from "zustand";

export type FocusControl = "row" | "previous-sibling" | "next-sibling";

interface TranscriptState {
  /** Bumped per chat when the reader should be taken to the newest message (their own send). */
  followRequests: Record<string, number>;
  /** A message to scroll to and highlight as soon as it is in the window (a search hit, the branch map). */
  reveal: { chatId: string; messageId: string; highlight: boolean } | undefined;
  /** Briefly set after a reveal, so that row shows where the reader landed. */
  highlightedMessageId: string | undefined;
  /** The user message being edited in place. */
  editingMessageId: string | undefined;
  /** Where focus goes once a row replaced by a sibling switch renders, so keyboard users keep their place. */
  focusTarget: { messageId: string; control: FocusControl } | undefined;
}

/**
 * What the transcript's rows, the composer, search and the branch map tell each other: a few
 * ids, not data. Kept outside React so rows can read their own slice without re-rendering others.
 */
export const useTranscriptStore = create<TranscriptState>()(() => ({
  followRequests: {},
  reveal: undefined,
  highlightedMessageId: undefined,
  editingMessageId: undefined,
  focusTarget: undefined,
}));

export function requestFollow(chatId: string): void {
  useTranscriptStore.setState((state) => ({
    followRequests: { ...state.followRequests, [chatId]: (state.followRequests[chatId] ?? 0) + 1 },
  }));
}

export function requestReveal(chatId: string, messageId: string, highlight = true): void {
  useTranscriptStore.setState({ reveal: { chatId, messageId, highlight } });
}

const highlightMs = 2400;
let highlightTimer: ReturnType<typeof setTimeout> | undefined;

/** Marks the row a reveal landed on for a moment; a newer reveal takes over the highlight. */
export function flashHighlight(messageId: string): void {
  clearTimeout(highlightTimer);
  useTranscriptStore.setState({ highlightedMessageId: messageId });
  highlightTimer = setTimeout(() => {
    useTranscriptStore.setState({ highlightedMessageId: undefined });
  }, highlightMs);
}

export function setEditing(messageId: string | undefined): void {
  useTranscriptStore.setState({ editingMessageId: messageId });
}

export function setFocusTarget(target: TranscriptState["focusTarget"]): void {
  useTranscriptStore.setState({ focusTarget: target });
}
