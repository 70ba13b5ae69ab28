import type { Message } from "@covalt/contracts";
import { useMemo } from "react";
import { displayedContent, type DisplayedContent } from "./live-message.js";
import { useLiveRunStore } from "./live-run-store.js";

export function useDisplayedContent(message: Message): DisplayedContent {
  const live = useLiveRunStore((state) => state.messages[message.id]);
  return useMemo(() => displayedContent(message, live), [message, live]);
}
