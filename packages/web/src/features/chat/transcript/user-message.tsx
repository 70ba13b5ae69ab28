import type { Message } from "@covalt/contracts";
import { messageText } from "../blocks/message-text.js";
import { CopyMessageButton } from "./copy-message-button.js";

/** What the user typed, as typed: plain text with its line breaks, not markdown. */
export function UserMessage({ message }: { message: Message }) {
  const text = messageText(message.content.blocks);
  return (
    <div
      data-testid="message"
      data-role="user"
      data-message-id={message.id}
      className="group flex items-start justify-end gap-1.5 pl-[10%]"
    >
      {/* Beside the bubble rather than under it, so it takes no room in the transcript's rhythm. */}
      <div className="mt-1.5 opacity-0 transition-opacity duration-150 group-focus-within:opacity-100 group-hover:opacity-100">
        <CopyMessageButton text={text} />
      </div>
      <div className="min-w-0 rounded-2xl rounded-br-md bg-selected px-4 py-2.5 text-[15px] leading-relaxed break-words whitespace-pre-wrap text-fg">
        {text}
      </div>
    </div>
  );
}
