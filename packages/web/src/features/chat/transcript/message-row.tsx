import type { PagedMessage } from "@covalt/contracts";
import { memo, useCallback, useEffect, useRef } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { isTypingTarget } from "../../shortcuts/typing-target.js";
import { siblingAt } from "../tree/switch-sibling.js";
import { useMessageActions } from "./message-actions-context.js";
import { MessageView } from "./message-view.js";
import { setFocusTarget, useTranscriptStore, type FocusControl } from "./transcript-store.js";

const focusSelectors: Record<FocusControl, string> = {
  row: "",
  "previous-sibling": '[data-testid="sibling-previous"]',
  "next-sibling": '[data-testid="sibling-next"]',
};

interface MessageRowProps {
  message: PagedMessage;
  branchEnd: boolean;
  index: number;
  measure: (node: HTMLDivElement | null) => void;
}

/**
 * A virtual row around one message: measured by the virtualizer, focusable so Alt+←/→ can
 * switch between the message's versions, and briefly highlighted when a search hit or the branch
 * map brings it into view.
 */
export const MessageRow = memo(function MessageRow({ message, branchEnd, index, measure }: MessageRowProps) {
  const actions = useMessageActions();
  const element = useRef<HTMLDivElement>(null);
  const setElement = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      measure(node);
    },
    [measure],
  );
  const highlighted = useTranscriptStore((state) => state.highlightedMessageId === message.id);
  const focusControl = useTranscriptStore((state) =>
    state.focusTarget?.messageId === message.id ? state.focusTarget.control : undefined,
  );

  useEffect(() => {
    if (focusControl === undefined || element.current === null) return;
    const selector = focusSelectors[focusControl];
    const control = selector === "" ? null : element.current.querySelector<HTMLElement>(`${selector}:not(:disabled)`);
    (control ?? element.current).focus({ preventScroll: true });
    // Kept a moment rather than cleared at once: when the window reloads right after a switch, the
    // row is mounted again and must take the focus again, or the keyboard loses its place.
    const target = useTranscriptStore.getState().focusTarget;
    const timer = setTimeout(() => {
      if (useTranscriptStore.getState().focusTarget === target) setFocusTarget(undefined);
    }, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [focusControl]);

  return (
    <div
      ref={setElement}
      data-index={index}
      data-testid="message-row"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (!event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
        const step = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : undefined;
        if (step === undefined) return;
        // Alt+← is also the browser's Back: claimed here only where it means something.
        event.preventDefault();
        if (siblingAt(message, step) !== undefined) actions.switchSibling(message, step, "row");
      }}
      className="group/row absolute top-0 left-0 w-full outline-none"
    >
      <div
        className={classNames(
          // A question's hover actions already leave room below it; an answer's footer is visible.
          "mx-auto w-full max-w-3xl px-5 sm:px-8",
          message.role === "user" ? "pb-2" : "pb-6",
        )}
      >
        <div
          data-highlighted={highlighted || undefined}
          className={classNames(
            "-mx-3 -my-2 rounded-2xl px-3 py-2",
            "group-focus-visible/row:outline-2 group-focus-visible/row:outline-focus/50",
            highlighted && "animate-highlight",
          )}
        >
          <MessageView message={message} branchEnd={branchEnd} />
        </div>
      </div>
    </div>
  );
});
