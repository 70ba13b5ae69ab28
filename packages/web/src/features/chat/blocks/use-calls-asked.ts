import type { ToolCallBlock } from "@covalt/contracts";
import { parseToolId } from "@covalt/core";
import { belongsToCall } from "../../mcp-interactions/interaction-placement.js";
import { useMcpInteractionQueue } from "../../mcp-interactions/use-mcp-interactions.js";
import { useToolChatId } from "./tool-run-context.js";

/** Whether an MCP server waits for the user's answer to one of these running calls (its card must show). */
export function useCallsAsked(blocks: readonly ToolCallBlock[]): boolean {
  const chatId = useToolChatId();
  const queue = useMcpInteractionQueue();
  if (queue.length === 0) return false;
  return blocks.some((block) => {
    const tool = parseToolId(block.toolId);
    const site = {
      chatId,
      serverId: tool?.kind === "mcp" ? tool.source : undefined,
      running: block.state === "running",
    };
    return queue.some((interaction) => belongsToCall(interaction, site));
  });
}
