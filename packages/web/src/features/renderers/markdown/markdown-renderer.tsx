import { FileText } from "lucide-react";
import { Markdown } from "../../chat/blocks/markdown.js";
import { RendererCard } from "../renderer-card.js";
import { RendererCopyButton } from "../renderer-copy-button.js";
import type { RendererProps } from "../renderer-props.js";

export function MarkdownRenderer({ config, title }: RendererProps<"markdown">) {
  return (
    <RendererCard
      kind="markdown"
      icon={<FileText aria-hidden="true" />}
      title={title ?? "Markdown"}
      actions={<RendererCopyButton text={config.content} />}
    >
      <div className="max-h-[32rem] overflow-auto px-4 py-3">
        <Markdown text={config.content} streaming={false} />
      </div>
    </RendererCard>
  );
}
