import type { PagedMessage } from "@covalt/contracts";
import { CircleAlert, WifiOff } from "lucide-react";
import { useSocketStatus } from "../../../shared/events/use-event-socket.js";
import { BlockList } from "../blocks/block-list.js";
import { useDisplayedContent } from "../live/use-displayed-content.js";
import { MessageFooter } from "./message-footer.js";

/** An answer: its blocks (live while streaming), then the footer once it has settled. */
export function AssistantMessage({ message, branchEnd }: { message: PagedMessage; branchEnd: boolean }) {
  const { content, status, streamError } = useDisplayedContent(message);
  const streaming = status === "streaming";
  const blocks = content.blocks;
  const hasError = blocks.some((block) => block.type === "error");
  const socketStatus = useSocketStatus();
  return (
    <div data-testid="message" data-role="assistant" data-status={status} data-message-id={message.id}>
      {blocks.length === 0 && streaming && (
        <div data-testid="message-pending" className="flex h-7 items-center gap-1" aria-label="Waiting for the answer">
          {[0, 1, 2].map((dot) => (
            <span
              key={dot}
              className="size-1.5 animate-breathe rounded-full bg-fg-subtle"
              style={{ animationDelay: `${dot * 180}ms` }}
            />
          ))}
        </div>
      )}
      <div data-testid="message-content">
        <BlockList blocks={blocks} streaming={streaming} runId={message.runId} chatId={message.chatId} />
      </div>
      {status === "error" && !hasError && (
        <p className="my-2 flex items-center gap-2 text-[13px] text-danger-fg">
          <CircleAlert className="size-4" aria-hidden="true" />
          This answer ended with an error before it was complete.
        </p>
      )}
      {streaming && socketStatus === "reconnecting" && (
        <p role="status" className="my-2 flex items-center gap-2 text-[12.5px] text-fg-muted">
          <WifiOff className="size-3.5" aria-hidden="true" />
          Connection lost — reconnecting…
        </p>
      )}
      {streamError && (
        <p className="my-2 text-[12.5px] text-fg-muted">Live updates for this answer stopped: {streamError}</p>
      )}
      {!streaming && <MessageFooter message={message} content={content} status={status} branchEnd={branchEnd} />}
    </div>
  );
}
