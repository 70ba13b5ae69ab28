import { create } from "zustand";

/** The app-wide overlays that shortcuts open: the command palette and the shortcuts list (one at a time). */
interface OverlayState {
  palette: boolean;
  shortcuts: boolean;
}

export const useOverlays = create<OverlayState>()(() => ({ palette: false, shortcuts: false }));

export function openCommandPalette(): void {
  useOverlays.setState({ palette: true, shortcuts: false });
}

export function closeCommandPalette(): void {
  useOverlays.setState({ palette: false });
}

export function openShortcutsDialog(): void {
  useOverlays.setState({ shortcuts: true, palette: false });
}

export function closeShortcutsDialog(): void {
  useOverlays.setState({ shortcuts: false });
}
