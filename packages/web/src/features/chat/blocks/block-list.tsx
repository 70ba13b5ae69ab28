import type { Block } from "@covalt/contracts";
import { AttachmentBlockView } from "./attachment-block.js";
import { ErrorBlockView } from "./error-block.js";
import { Markdown } from "./markdown.js";
import { MemberRunBlockView } from "./member-run-block.js";
import { ReasoningBlockView } from "./reasoning-block.js";
import { ToolCallBlockView } from "./tool-call-block.js";
import { WorkspaceChangeBlockView } from "./workspace-change-block.js";

function blockKey(block: Block, index: number): string {
  return "id" in block ? `${block.type} ${block.id}` : `${block.type} #${index}`;
}

/**
 * Renders content blocks in order. Only the last text block of a streaming list shows the caret:
 * that is where tokens land.
 */
export function BlockList({ blocks, streaming }: { blocks: readonly Block[]; streaming: boolean }) {
  const lastIndex = blocks.length - 1;
  return (
    <>
      {blocks.map((block, index) => {
        const key = blockKey(block, index);
        switch (block.type) {
          case "text":
            return <Markdown key={key} text={block.text} streaming={streaming && index === lastIndex} />;
          case "reasoning":
            return <ReasoningBlockView key={key} block={block} />;
          case "error":
            return <ErrorBlockView key={key} block={block} />;
          case "tool-call":
            return <ToolCallBlockView key={key} block={block} />;
          case "member-run":
            return <MemberRunBlockView key={key} block={block} />;
          case "workspace-change":
            return <WorkspaceChangeBlockView key={key} block={block} />;
          case "attachment":
            return <AttachmentBlockView key={key} block={block} />;
          default:
            return null;
        }
      })}
    </>
  );
}
