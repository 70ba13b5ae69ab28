import { parseToolId } from "@covalt/core";
import { useQuery } from "@tanstack/react-query";
import { toolsQuery } from "../../tools/tool-queries.js";
import { toolSourceLabel } from "./tool-call-display.js";

/**
 * The source shown before a tool's name: the toolset id (short and readable), or an MCP server's
 * name (its id is generated) once the tool list is loaded.
 */
export function useToolSourceLabel(toolId: string): string | undefined {
  const parts = parseToolId(toolId);
  const serverId = parts?.kind === "mcp" ? parts.source : undefined;
  const tools = useQuery({ ...toolsQuery, enabled: serverId !== undefined });
  const named = tools.data?.find((tool) => tool.source.kind === "mcp" && tool.source.id === serverId)?.source.name;
  return named ?? toolSourceLabel(toolId);
}
