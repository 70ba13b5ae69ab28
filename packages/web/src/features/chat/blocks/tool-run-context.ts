import { createContext, useContext } from "react";

/**
 * The run a message's blocks belong to. Approval answers are addressed to the run, and blocks
 * nested in member runs belong to the same run, so a context carries it instead of every block
 * view passing it down.
 */
export const ToolRunContext = createContext<string | null>(null);

export function useToolRunId(): string | null {
  return useContext(ToolRunContext);
}

/**
 * The chat a message's blocks belong to, the same way: an MCP server's request names the chat
 * whose call it came from, and the call's card shows it only in that chat.
 */
export const ToolChatContext = createContext<string | null>(null);

export function useToolChatId(): string | null {
  return useContext(ToolChatContext);
}
