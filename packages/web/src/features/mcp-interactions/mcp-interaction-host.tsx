import type { McpInteraction } from "@covalt/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { McpElicitationDialog } from "./mcp-elicitation-dialog.js";
import { McpSamplingDialog } from "./mcp-sampling-dialog.js";
import { mcpInteractionsKey, useMcpInteractions } from "./use-mcp-interactions.js";

/**
 * Mounted once in the app frame: shows MCP elicitation and sampling requests one at a time,
 * oldest first, wherever the user is in the app.
 */
export function McpInteractionHost() {
  const queue = useMcpInteractions();
  const queryClient = useQueryClient();
  // A sampling dialog shows its result after the request left the queue.
  const [held, setHeld] = useState<McpInteraction>();
  const current = held ?? queue[0];
  if (current === undefined) return null;

  const done = (requestId: string) => {
    queryClient.setQueryData<McpInteraction[]>(mcpInteractionsKey, (entries) =>
      entries?.filter((entry) => entry.requestId !== requestId),
    );
  };

  return current.kind === "elicitation" ? (
    <McpElicitationDialog key={current.requestId} interaction={current} onDone={done} />
  ) : (
    <McpSamplingDialog
      key={current.requestId}
      interaction={current}
      onHold={(holding) => setHeld(holding ? current : undefined)}
      onDone={done}
    />
  );
}
