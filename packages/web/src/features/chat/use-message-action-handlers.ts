import type { Chat, ModelRef, PagedMessage } from "@covalt/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { fetchMessagePage } from "./history/fetch-message-page.js";
import { windowFromPage } from "./history/message-window.js";
import { writeWindow } from "./history/window-cache.js";
import type { MessageActions } from "./transcript/message-actions-context.js";
import { requestFollow, setFocusTarget } from "./transcript/transcript-store.js";
import { deleteMessage } from "./tree/delete-message.js";
import { forkChat } from "./tree/fork-chat.js";
import { siblingAt, switchSibling } from "./tree/switch-sibling.js";
import { continueAnswer, editMessage, retryAnswer } from "./tree/turn-actions.js";

interface HandlerOptions {
  chat: Chat | undefined;
  /** The model the composer would send with: edits use it, retries fall back to it. */
  resolveModel: () => Promise<ModelRef | undefined>;
}

/**
 * The transcript's actions, wired to the server. The returned `actions` object never changes
 * identity, so the memoized rows that use it never re-render because of it; failures surface as
 * one dismissable notice above the composer.
 */
export function useMessageActionHandlers({ chat, resolveModel }: HandlerOptions) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState<PagedMessage | undefined>(undefined);
  const latest = useRef({ chat, resolveModel });
  useEffect(() => {
    latest.current = { chat, resolveModel };
  });
  const switching = useRef(false);

  const attempt = useCallback((what: string, task: () => Promise<unknown>) => {
    setFailure(undefined);
    task().catch((error: unknown) => {
      setFailure(`${what}: ${errorMessage(error)}`);
    });
  }, []);

  const actions = useMemo<MessageActions>(() => {
    return {
      switchSibling: (message, step, focus) => {
        const siblingId = siblingAt(message, step);
        // One switch at a time: a second click would act on the row the first one replaces.
        if (siblingId === undefined || switching.current) return;
        switching.current = true;
        attempt("Could not switch versions", async () => {
          try {
            await switchSibling(queryClient, message, siblingId);
            setFocusTarget({ messageId: siblingId, control: focus });
          } finally {
            switching.current = false;
          }
        });
      },
      saveEdit: async (message, text) => {
        const model = await latest.current.resolveModel();
        if (model === undefined) throw new Error("Choose a model first.");
        await editMessage(queryClient, message, { text, model });
      },
      retry: (message, model) => {
        attempt("Could not retry", () =>
          retryAnswer(queryClient, message, model, latest.current.chat?.model ?? undefined),
        );
      },
      continueAnswer: (message) => {
        attempt("Could not continue", () => continueAnswer(queryClient, message));
      },
      fork: (message) => {
        attempt("Could not fork", async () => {
          const forked = await forkChat(queryClient, message);
          await navigate({ to: "/chats/$chatId", params: { chatId: forked.id } });
        });
      },
      requestDelete: (message) => {
        setDeleting(message);
      },
    };
  }, [queryClient, navigate, attempt]);

  /** After a jump the window ends at the jumped-to message; this brings back the branch's end. */
  const showLatest = (chatId: string) => {
    attempt("Could not load the latest messages", async () => {
      const page = await fetchMessagePage(chatId);
      await writeWindow(queryClient, chatId, () => windowFromPage(page, true));
      requestFollow(chatId);
    });
  };

  const removal = {
    message: deleting,
    cancel: () => {
      setDeleting(undefined);
    },
    confirm: async () => {
      if (deleting === undefined) return;
      await deleteMessage(queryClient, deleting);
      setDeleting(undefined);
    },
  };

  return {
    actions,
    failure,
    dismissFailure: () => {
      setFailure(undefined);
    },
    removal,
    showLatest,
  };
}
