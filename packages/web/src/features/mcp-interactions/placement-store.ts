import { useLayoutEffect } from "react";
import { create } from "zustand";
import { type Placements, withClaims } from "./interaction-placement.js";

/**
 * Where each waiting MCP request is shown right now. Inline cards and the app-wide dialog claim
 * the requests they show, so the dialog can skip what a card shows and pick up what none does.
 */
export const usePlacementStore = create<{ placements: Placements }>()(() => ({ placements: {} }));

function claim(owner: string, requestIds: readonly string[]): void {
  usePlacementStore.setState((state) => {
    const placements = withClaims(state.placements, owner, requestIds);
    return placements === state.placements ? state : { placements };
  });
}

/**
 * Claims `requestIds` for `owner` while it is mounted, and tells which of them it got (another
 * owner may have been first). Layout effects: the claim lands before the browser paints, so
 * neither the dialog nor an empty card shows for a frame.
 */
export function useClaims(owner: string, requestIds: readonly string[]): ReadonlySet<string> {
  const key = requestIds.join(" ");
  useLayoutEffect(() => {
    claim(owner, key === "" ? [] : key.split(" "));
  }, [owner, key]);
  useLayoutEffect(
    () => () => {
      claim(owner, []);
    },
    [owner],
  );
  // A string, so the component re-renders only when its own share changes.
  const held = usePlacementStore((state) =>
    requestIds.filter((requestId) => state.placements[requestId] === owner).join(" "),
  );
  return new Set(held === "" ? [] : held.split(" "));
}
