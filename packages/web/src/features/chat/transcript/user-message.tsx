import type { PagedMessage } from "@covalt/contracts";
import { Pencil } from "lucide-react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { AttachmentBlockView } from "../blocks/attachment-block.js";
import { messageText } from "../blocks/message-text.js";
import { CopyMessageButton } from "./copy-message-button.js";
import { MessageEditor } from "./message-editor.js";
import { MessageMoreMenu } from "./message-more-menu.js";
import { SiblingSwitcher } from "./sibling-switcher.js";
import { setEditing, useTranscriptStore } from "./transcript-store.js";

/** What the user typed, as typed (plain text with its line breaks, not markdown), editable in place. */
export function UserMessage({ message }: { message: PagedMessage }) {
  const editing = useTranscriptStore((state) => state.editingMessageId === message.id);
  const text = messageText(message.content.blocks);
  const attachments = message.content.blocks.filter((block) => block.type === "attachment");
  return (
    <div
      data-testid="message"
      data-role="user"
      data-message-id={message.id}
      data-editing={editing || undefined}
      className="group flex flex-col items-end pl-[10%]"
    >
      {!editing && attachments.length > 0 && (
        <div data-testid="message-attachments" className="mb-1.5 flex max-w-full flex-wrap justify-end gap-1.5">
          {attachments.map((block) => (
            <AttachmentBlockView key={block.id} block={block} chatId={message.chatId} messageId={message.id} />
          ))}
        </div>
      )}
      {editing ? (
        <MessageEditor message={message} initialText={text} />
      ) : (
        <div
          data-testid="message-content"
          className="min-w-0 rounded-2xl rounded-br-md bg-selected px-4 py-2.5 text-[15px] leading-relaxed break-words whitespace-pre-wrap text-fg"
        >
          {text}
        </div>
      )}
      {!editing && (
        <div className="mt-1 -mr-1.5 flex h-7 items-center">
          {/* Hidden until hover or focus, except the version switcher: it says there is more to see. */}
          <div className="flex items-center opacity-0 transition-opacity duration-150 group-focus-within:opacity-100 group-hover:opacity-100">
            <IconButton
              label="Edit message"
              data-testid="edit-message"
              size="xs"
              onClick={() => {
                setEditing(message.id);
              }}
            >
              <Pencil aria-hidden="true" />
            </IconButton>
            <CopyMessageButton text={text} />
            <MessageMoreMenu message={message} />
          </div>
          <SiblingSwitcher message={message} />
        </div>
      )}
    </div>
  );
}
