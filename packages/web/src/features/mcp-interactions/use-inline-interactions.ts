import type { McpInteraction } from "@covalt/contracts";
import { useId, useState } from "react";
import { belongsToCall, type CallSite } from "./interaction-placement.js";
import { useClaims } from "./placement-store.js";
import { useForgetInteraction, useMcpInteractionQueue } from "./use-mcp-interactions.js";

export interface InlineInteractions {
  /** The requests this card shows, oldest first. */
  shown: McpInteraction[];
  /** Keeps a sampling request shown after it left the queue (its result is on screen) while `holding`. */
  hold: (interaction: McpInteraction, holding: boolean) => void;
  done: (requestId: string) => void;
}

/**
 * The MCP requests a tool-call card shows inline: those of its running call's server and chat,
 * claimed while the card is mounted so the app-wide dialog leaves them alone (and picks them up
 * again if the card goes away unanswered).
 */
export function useInlineInteractions(site: CallSite): InlineInteractions {
  const owner = useId();
  const queue = useMcpInteractionQueue();
  const forget = useForgetInteraction();
  const [held, setHeld] = useState<readonly McpInteraction[]>([]);
  const waiting = queue.filter(
    (entry) => belongsToCall(entry, site) && !held.some((kept) => kept.requestId === entry.requestId),
  );
  const candidates = [...held, ...waiting];
  const claimed = useClaims(
    owner,
    candidates.map((entry) => entry.requestId),
  );
  return {
    shown: candidates.filter((entry) => claimed.has(entry.requestId)),
    hold: (interaction, holding) => {
      setHeld((current) => {
        const others = current.filter((entry) => entry.requestId !== interaction.requestId);
        return holding ? [...others, interaction] : others;
      });
    },
    done: forget,
  };
}
