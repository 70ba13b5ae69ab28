import type { AppEvent, McpInteraction } from "@covalt/contracts";

/** The waiting requests after an app event: a new request joins the queue once, an ended one leaves it. */
export function applyInteractionEvent(queue: readonly McpInteraction[], event: AppEvent): McpInteraction[] {
  if (event.type === "mcp-interaction-request") {
    if (queue.some((entry) => entry.requestId === event.requestId)) return [...queue];
    const { type: _type, ...interaction } = event;
    return [...queue, interaction];
  }
  if (event.type === "mcp-interaction-end") return queue.filter((entry) => entry.requestId !== event.requestId);
  return [...queue];
}
