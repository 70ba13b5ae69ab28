import type { McpInteraction } from "@covalt/contracts";

/** Where a request is shown: the app-wide dialog, or inside the tool-call card in its chat. */
export type InteractionPlacement = "dialog" | "inline";

/** The owner name of the app-wide dialog; inline owners (tool-call cards) use their own unique keys. */
export const dialogOwner = "dialog";

/** Request id → the one place that shows it: the dialog or one inline card. */
export type Placements = Readonly<Record<string, string>>;

/**
 * The placements once `owner` shows exactly `requestIds`: it claims those nobody shows yet (first
 * come, first served, so two cards never show one form) and releases the ones it no longer shows.
 * Returns the same object when nothing changes, so a store can skip notifying.
 */
export function withClaims(placements: Placements, owner: string, requestIds: readonly string[]): Placements {
  const wanted = new Set(requestIds);
  const kept = Object.entries(placements).filter(([requestId, current]) => current !== owner || wanted.has(requestId));
  const added = [...wanted].filter((requestId) => placements[requestId] === undefined);
  if (kept.length === Object.keys(placements).length && added.length === 0) return placements;
  return Object.fromEntries([...kept, ...added.map((requestId) => [requestId, owner] as const)]);
}

/** The running tool call a card shows: the chat it is in, the MCP server it runs on (undefined for other tools). */
export interface CallSite {
  chatId: string | null;
  serverId: string | undefined;
  running: boolean;
}

/**
 * Whether a request belongs inline in this call's card. The server names the chat whose call on
 * that server was in flight when the request came, so a running call of that server in that chat
 * is where the user is looking for it.
 */
export function belongsToCall(interaction: McpInteraction, call: CallSite): boolean {
  return (
    call.running &&
    call.serverId !== undefined &&
    call.chatId !== null &&
    interaction.serverId === call.serverId &&
    interaction.chatId === call.chatId
  );
}

export interface DialogChoice {
  /** The request the dialog shows now, if any. */
  interaction: McpInteraction | undefined;
  /** Requests left alone for now because an inline card in the open chat is expected to claim them. */
  waiting: string[];
}

/**
 * Which request the app-wide dialog shows. A request it already shows stays (the dialog is modal,
 * so the user may be half-way through it; a card mounting late must not snatch it). Requests shown
 * inline are skipped. A request of the chat that is open waits until `graceOver` has it: its card
 * usually claims it within a frame or two, and showing the dialog meanwhile would flash it. Every
 * other request goes to the dialog, oldest first, so none is ever left unseen.
 */
export function dialogInteraction(
  queue: readonly McpInteraction[],
  placements: Placements,
  context: { openChatId: string | undefined; graceOver: ReadonlySet<string> },
): DialogChoice {
  const unclaimed = queue.filter((entry) => placements[entry.requestId] === undefined);
  const waiting = unclaimed
    .filter(
      (entry) =>
        entry.chatId !== undefined && entry.chatId === context.openChatId && !context.graceOver.has(entry.requestId),
    )
    .map((entry) => entry.requestId);
  const kept = queue.find((entry) => placements[entry.requestId] === dialogOwner);
  const interaction = kept ?? unclaimed.find((entry) => !waiting.includes(entry.requestId));
  return { interaction, waiting };
}
