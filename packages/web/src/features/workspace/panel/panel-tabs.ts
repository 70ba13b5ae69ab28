import { isWithin, movedPath } from "../workspace-paths.js";

/** The artifact panel of one chat: shown or not, the files open in tabs, the one in front. */
export interface ChatPanelState {
  open: boolean;
  tabs: readonly string[];
  active: string | null;
}

export const closedPanel: ChatPanelState = { open: false, tabs: [], active: null };

export function withFileOpen(state: ChatPanelState, path: string): ChatPanelState {
  const tabs = state.tabs.includes(path) ? state.tabs : [...state.tabs, path];
  return { open: true, tabs, active: path };
}

/** Closing the tab in front brings its right neighbour forward (or the left one at the end). */
export function withTabClosed(state: ChatPanelState, path: string): ChatPanelState {
  const index = state.tabs.indexOf(path);
  if (index < 0) return state;
  const tabs = state.tabs.filter((tab) => tab !== path);
  const active = state.active === path ? (tabs[index] ?? tabs[index - 1] ?? null) : state.active;
  return { ...state, tabs, active };
}

/** Tabs follow a file or folder the user renamed. */
export function withPathMoved(state: ChatPanelState, from: string, to: string): ChatPanelState {
  const tabs = [...new Set(state.tabs.map((tab) => movedPath(tab, from, to)))];
  const active = state.active === null ? null : movedPath(state.active, from, to);
  return { ...state, tabs, active };
}

/** Tabs of files the user deleted (a file, or everything in a folder) close. */
export function withPathRemoved(state: ChatPanelState, path: string): ChatPanelState {
  return state.tabs.filter((tab) => isWithin(tab, path)).reduce((current, tab) => withTabClosed(current, tab), state);
}

export const panelWidthLimits = { minimum: 360, maximum: 1400, fallback: 620 };

/** A stored or dragged width, kept within what the panel can use and the window can spare. */
export function clampPanelWidth(width: number, windowWidth: number): number {
  if (!Number.isFinite(width)) return panelWidthLimits.fallback;
  const maximum = Math.max(panelWidthLimits.minimum, Math.min(panelWidthLimits.maximum, windowWidth - 320));
  return Math.round(Math.min(Math.max(width, panelWidthLimits.minimum), maximum));
}
