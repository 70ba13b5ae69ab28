import type { AttachmentBlock } from "@covalt/contracts";
import { Paperclip } from "lucide-react";
import { memo } from "react";

function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const AttachmentBlockView = memo(function AttachmentBlockView({ block }: { block: AttachmentBlock }) {
  return (
    <div
      data-testid="attachment-block"
      className="my-1 inline-flex max-w-full items-center gap-2 rounded-lg border border-line bg-card px-2.5 py-1.5 text-[12.5px]"
    >
      <Paperclip className="size-3.5 shrink-0 text-fg-subtle" aria-hidden="true" />
      <span className="truncate font-medium">{block.name}</span>
      <span className="shrink-0 text-fg-subtle">
        {block.mimeType} · {readableSize(block.size)}
      </span>
    </div>
  );
});
