import type { Message } from "@covalt/contracts";
import { ArrowDown } from "lucide-react";
import { useEffect, useRef } from "react";
import { MessageView } from "./message-view.js";
import { useFollowScroll } from "./use-follow-scroll.js";

/** The conversation, pinned to the latest message while it streams unless the reader scrolls up. */
export function Transcript({ messages }: { messages: readonly Message[] }) {
  const { scrollRef, contentRef, following, jumpToLatest } = useFollowScroll();

  // A new turn (usually the user's own send) brings the reader back to the end.
  const count = useRef(messages.length);
  useEffect(() => {
    if (messages.length > count.current) jumpToLatest("instant");
    count.current = messages.length;
  }, [messages.length, jumpToLatest]);

  return (
    <div className="relative min-h-0 flex-1">
      <div ref={scrollRef} data-testid="transcript" className="h-full overflow-y-auto [overflow-anchor:none]">
        <div ref={contentRef} className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-5 pt-4 pb-10 sm:px-8">
          {messages.map((message) => (
            <MessageView key={message.id} message={message} />
          ))}
        </div>
      </div>
      {!following && (
        <button
          type="button"
          data-testid="jump-to-latest"
          onClick={() => {
            jumpToLatest();
          }}
          className="absolute bottom-3 left-1/2 flex h-8 -translate-x-1/2 animate-appear items-center gap-1.5 rounded-full border border-line bg-card pr-3.5 pl-3 text-[12.5px] font-medium text-fg shadow-float hover:bg-hover"
        >
          <ArrowDown className="size-3.5" aria-hidden="true" />
          Jump to latest
        </button>
      )}
    </div>
  );
}
