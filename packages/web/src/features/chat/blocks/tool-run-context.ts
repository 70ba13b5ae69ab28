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
