import type { MessageContent, RunEventEnvelope } from "@covalt/contracts";
import { create } from "zustand";
import { applyToLiveMessage, seedLiveMessage, type LiveMessage } from "./live-message.js";

interface LiveRunState {
  /** By assistant message id. */
  messages: Record<string, LiveMessage>;
  seed: (messageId: string, runId: string, content: MessageContent) => void;
  apply: (messageId: string, envelope: RunEventEnvelope) => void;
  failStream: (messageId: string, reason: string) => void;
  release: (messageIds: readonly string[]) => void;
}

/**
 * Live content of streaming assistant messages. Each row subscribes to its own entry, so a token
 * re-renders only the message it belongs to.
 */
export const useLiveRunStore = create<LiveRunState>()((set) => ({
  messages: {},
  seed: (messageId, runId, content) => {
    set((state) => {
      const existing = state.messages[messageId];
      const next = seedLiveMessage(existing, runId, content);
      return next === existing ? state : { messages: { ...state.messages, [messageId]: next } };
    });
  },
  apply: (messageId, envelope) => {
    set((state) => {
      const existing = state.messages[messageId];
      if (existing === undefined) return state;
      const next = applyToLiveMessage(existing, envelope);
      return next === existing ? state : { messages: { ...state.messages, [messageId]: next } };
    });
  },
  failStream: (messageId, reason) => {
    set((state) => {
      const existing = state.messages[messageId];
      if (existing === undefined) return state;
      return { messages: { ...state.messages, [messageId]: { ...existing, streamError: reason } } };
    });
  },
  release: (messageIds) => {
    if (messageIds.length === 0) return;
    const released = new Set(messageIds);
    set((state) => ({
      messages: Object.fromEntries(Object.entries(state.messages).filter(([id]) => !released.has(id))),
    }));
  },
}));
