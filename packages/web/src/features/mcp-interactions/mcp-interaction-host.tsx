import type { McpInteraction } from "@covalt/contracts";
import { useParams } from "@tanstack/react-router";
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from "react";
import { dialogInteraction, dialogOwner } from "./interaction-placement.js";
import { McpElicitationDialog } from "./mcp-elicitation-dialog.js";
import { McpSamplingDialog } from "./mcp-sampling-dialog.js";
import { useClaims, usePlacementStore } from "./placement-store.js";
import { useForgetInteraction, useMcpInteractions } from "./use-mcp-interactions.js";

/**
 * How long a request of the open chat waits for its tool-call card before the dialog takes it.
 * The card claims it as soon as it renders the call as running, normally in the same frame; the
 * wait covers a call whose state arrives a moment after the request, or a chat still loading.
 * A time, not a route check alone: the card may never come (a collapsed group, a row scrolled
 * out of the virtual list, a finished call), and then the dialog must show the request anyway.
 */
const inlineGraceMs = 1_000;

const noIds: ReadonlySet<string> = new Set();

/**
 * Mounted once in the app frame: shows, one at a time and oldest first, the MCP elicitation and
 * sampling requests that no tool-call card shows inline, wherever the user is in the app.
 */
export function McpInteractionHost() {
  const queue = useMcpInteractions();
  const forget = useForgetInteraction();
  const placements = usePlacementStore((state) => state.placements);
  const openChatId = useParams({ strict: false, select: (params) => params.chatId });
  const [graceOver, setGraceOver] = useState(noIds);
  const choice = dialogInteraction(queue, placements, { openChatId, graceOver });
  useGraceTimers(choice.waiting, setGraceOver);
  // A sampling dialog shows its result after the request left the queue.
  const [held, setHeld] = useState<McpInteraction>();
  const current = held ?? choice.interaction;
  const claimed = useClaims(dialogOwner, current === undefined ? [] : [current.requestId]);
  // Rendered only once claimed: a card that claimed it in the same commit keeps it.
  if (current === undefined || !claimed.has(current.requestId)) return null;

  return current.kind === "elicitation" ? (
    <McpElicitationDialog key={current.requestId} interaction={current} onDone={forget} />
  ) : (
    <McpSamplingDialog
      key={current.requestId}
      interaction={current}
      onHold={(holding) => {
        setHeld(holding ? current : undefined);
      }}
      onDone={forget}
    />
  );
}

/** Starts one timer per waiting request, the first time it waits; when it fires the request may go to the dialog. */
function useGraceTimers(waiting: readonly string[], setGraceOver: Dispatch<SetStateAction<ReadonlySet<string>>>) {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const key = waiting.join(" ");
  useEffect(() => {
    for (const requestId of key === "" ? [] : key.split(" ")) {
      if (timers.current.has(requestId)) continue;
      const timer = setTimeout(() => {
        setGraceOver((current) => new Set(current).add(requestId));
      }, inlineGraceMs);
      timers.current.set(requestId, timer);
    }
  }, [key, setGraceOver]);
  useEffect(() => {
    const started = timers.current;
    return () => {
      for (const timer of started.values()) clearTimeout(timer);
      started.clear();
    };
  }, []);
}
