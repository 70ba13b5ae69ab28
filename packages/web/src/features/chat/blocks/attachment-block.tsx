import { apiRoutes, type AttachmentBlock } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { memo, useEffect, useRef, useState, type RefObject } from "react";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { formatBytes, isPreviewableImage } from "../attachments/attachment-files.js";
import { AttachmentIcon } from "../attachments/attachment-icon.js";

interface AttachmentBlockViewProps {
  block: AttachmentBlock;
  /** The chat and message the block belongs to: with them an image shows a thumbnail of the file as sent. */
  chatId?: string | undefined;
  messageId?: string | undefined;
}

/** Whether the element has come into view (once true, stays true). */
function useSeen(element: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (seen || target === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, [element, seen]);
  return seen;
}

function Thumbnail({ chatId, messageId, block }: { chatId: string; messageId: string; block: AttachmentBlock }) {
  const frame = useRef<HTMLSpanElement>(null);
  const seen = useSeen(frame);
  const path = block.path ?? "";
  // The file as it was when the message was sent: a later edit of it does not change the message.
  const file = useQuery({
    queryKey: queryKeys.workspaceFileAt(chatId, path, messageId),
    queryFn: ({ signal }) =>
      callApi(apiRoutes.readWorkspaceFile, { params: { chatId }, query: { path, at: messageId }, signal }),
    enabled: seen && path !== "",
    staleTime: Infinity,
    retry: false,
  });
  const data = file.data;
  const source =
    data === undefined
      ? undefined
      : data.encoding === "base64"
        ? `data:${block.mimeType};base64,${data.content}`
        : `data:${block.mimeType};charset=utf-8,${encodeURIComponent(data.content)}`;
  return (
    <span
      ref={frame}
      className="flex size-9 shrink-0 items-center justify-center overflow-hidden rounded-md bg-hover text-fg-subtle"
    >
      {source === undefined ? (
        <AttachmentIcon name={block.name} mimeType={block.mimeType} className="size-4" />
      ) : (
        <img src={source} alt="" className="size-full object-cover" draggable={false} />
      )}
    </span>
  );
}

/** A file sent with a message: its type, name and size; an image as a small thumbnail. */
export const AttachmentBlockView = memo(function AttachmentBlockView({
  block,
  chatId,
  messageId,
}: AttachmentBlockViewProps) {
  const thumbnail =
    chatId !== undefined && messageId !== undefined && block.path !== undefined && isPreviewableImage(block.mimeType);
  return (
    <div
      data-testid="attachment-block"
      data-name={block.name}
      title={block.path ?? block.name}
      className="my-1 inline-flex max-w-full min-w-0 items-center gap-2 rounded-xl border border-line bg-card py-1.5 pr-3 pl-1.5 text-[12.5px]"
    >
      {thumbnail ? (
        <Thumbnail chatId={chatId} messageId={messageId} block={block} />
      ) : (
        <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-hover text-fg-subtle">
          <AttachmentIcon name={block.name} mimeType={block.mimeType} className="size-4" />
        </span>
      )}
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="truncate font-medium text-fg">{block.name}</span>
        <span className="mt-0.5 truncate text-[11.5px] text-fg-subtle">{formatBytes(block.size)}</span>
      </span>
    </div>
  );
});
