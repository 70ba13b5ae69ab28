import type { Block } from "@covalt/contracts";
import { AttachmentBlockView } from "./attachment-block.js";
import { ErrorBlockView } from "./error-block.js";
import { Markdown } from "./markdown.js";
import { MemberRunBlockView } from "./member-run-block.js";
import { ReasoningBlockView } from "./reasoning-block.js";
import { ToolCallBlockView } from "./tool-call-block.js";
import { ToolCallGroupView } from "./tool-call-group.js";
import { groupToolCalls } from "./tool-call-groups.js";
import { ToolChatContext, ToolRunContext } from "./tool-run-context.js";
import { WorkspaceChangeBlockView } from "./workspace-change-block.js";

function blockKey(block: Block, index: number): string {
  return "id" in block ? `${block.type} ${block.id}` : `${block.type} #${index}`;
}

function BlockView({ block, streamingText }: { block: Block; streamingText: boolean }) {
  switch (block.type) {
    case "text":
      return <Markdown text={block.text} streaming={streamingText} />;
    case "reasoning":
      return <ReasoningBlockView block={block} />;
    case "error":
      return <ErrorBlockView block={block} />;
    case "tool-call":
      return <ToolCallBlockView block={block} />;
    case "member-run":
      return <MemberRunBlockView block={block} />;
    case "workspace-change":
      return <WorkspaceChangeBlockView block={block} />;
    case "attachment":
      return <AttachmentBlockView block={block} />;
    default:
      return null;
  }
}

interface BlockListProps {
  blocks: readonly Block[];
  streaming: boolean;
  /**
   * The run these blocks came from, for approval answers. Given by the message; nested lists
   * (member runs) leave it out and inherit it.
   */
  runId?: string | null | undefined;
  /** The chat of the message, for MCP requests shown in their call's card; nested lists inherit it too. */
  chatId?: string | undefined;
}

/**
 * Renders content blocks in order, with adjacent calls of one tool folded into a group. Only the
 * last text block of a streaming list shows the caret: that is where tokens land.
 */
export function BlockList({ blocks, streaming, runId, chatId }: BlockListProps) {
  const lastIndex = blocks.length - 1;
  const list = groupToolCalls(blocks).map((item) =>
    item.type === "tool-group" ? (
      // Keyed by the first call, so a group that grows keeps its open state.
      <ToolCallGroupView key={`tool-group ${item.blocks[0]?.id ?? item.index}`} blocks={item.blocks} />
    ) : (
      <BlockView
        key={blockKey(item.block, item.index)}
        block={item.block}
        streamingText={streaming && item.index === lastIndex}
      />
    ),
  );
  const inRun = runId === undefined ? <>{list}</> : <ToolRunContext value={runId}>{list}</ToolRunContext>;
  return chatId === undefined ? inRun : <ToolChatContext value={chatId}>{inRun}</ToolChatContext>;
}
