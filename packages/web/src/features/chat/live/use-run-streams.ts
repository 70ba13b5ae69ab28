import type { Message } from "@covalt/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { eventSocket } from "../../../shared/events/browser-event-socket.js";
import { refreshChat } from "../chat-queries.js";
import { readWindow } from "../history/window-cache.js";
import { messagesToFollow, settledLiveMessages } from "./live-message.js";
import { useLiveRunStore } from "./live-run-store.js";

/**
 * Keeps every streaming assistant message of a chat attached to its run over the event socket.
 * A message loaded mid-stream (a reload, another tab) resumes after the seq of its checkpointed
 * content; one just sent starts at 0. When a run ends the chat is refetched for the final state
 * and the generated title. A continued answer keeps its id under a new run: the new run id
 * re-keys the subscription, and the entry restarts from the message's reset content.
 */
export function useRunStreams(chatId: string, messages: readonly Message[] | undefined): void {
  const queryClient = useQueryClient();
  const latestMessages = useRef(messages);
  useEffect(() => {
    latestMessages.current = messages;
  });

  // A string so the effect below re-runs only when the set of runs changes, not on every token.
  const followKey = useLiveRunStore((state) =>
    messagesToFollow(messages ?? [], state.messages)
      .map((entry) => `${entry.messageId} ${entry.runId}`)
      .join("\n"),
  );

  useEffect(() => {
    if (followKey === "") return;
    const store = useLiveRunStore.getState();
    const unsubscribes = followKey.split("\n").map((line) => {
      const [messageId = "", runId = ""] = line.split(" ");
      const message = latestMessages.current?.find((candidate) => candidate.id === messageId);
      if (message) store.seed(messageId, runId, message.content);
      return eventSocket.subscribeRun({
        runId,
        currentSeq: () => useLiveRunStore.getState().messages[messageId]?.content.seq ?? 0,
        onEnvelope: (envelope) => {
          useLiveRunStore.getState().apply(messageId, envelope);
          if (envelope.event.type !== "run-end") return;
          void refreshChat(queryClient, chatId).then(() => {
            const store = useLiveRunStore.getState();
            store.release(settledLiveMessages(readWindow(queryClient, chatId)?.messages ?? [], store.messages));
          });
        },
        onError: (error) => {
          useLiveRunStore.getState().failStream(messageId, error.message);
          void refreshChat(queryClient, chatId);
        },
      });
    });
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }, [followKey, chatId, queryClient]);
}
