import type { ModelRef, PagedMessage } from "@covalt/contracts";
import { createContext, useContext } from "react";
import type { FocusControl } from "./transcript-store.js";

/** What a row can do to the conversation; one stable object, so memoized rows never re-render for it. */
export interface MessageActions {
  /** `‹ ›`; `focus` says which control of the replacing row takes focus afterwards. */
  switchSibling: (message: PagedMessage, step: -1 | 1, focus: FocusControl) => void;
  /** Resolves once the edited question is sent; rejects with a message to show in the editor. */
  saveEdit: (message: PagedMessage, text: string) => Promise<void>;
  retry: (message: PagedMessage, model?: ModelRef) => void;
  continueAnswer: (message: PagedMessage) => void;
  fork: (message: PagedMessage) => void;
  requestDelete: (message: PagedMessage) => void;
}

export const MessageActionsContext = createContext<MessageActions | null>(null);

export function useMessageActions(): MessageActions {
  const actions = useContext(MessageActionsContext);
  if (actions === null) throw new Error("useMessageActions needs a MessageActionsContext provider");
  return actions;
}
