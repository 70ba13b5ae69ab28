import { useQuery } from "@tanstack/react-query";
import { toolsQuery } from "../../tools/tool-queries.js";

/** The input schema of a tool, once the tool list is loaded (undefined before, or for an unknown tool). */
export function useToolSchema(toolId: string): unknown {
  const tools = useQuery(toolsQuery);
  return tools.data?.find((tool) => tool.id === toolId)?.inputSchema;
}
