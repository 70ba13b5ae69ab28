import { create } from "zustand";
import { isThemePreference, themeStorageKey, type ResolvedTheme, type ThemePreference } from "./theme-preference.js";

const darkQuery = "(prefers-color-scheme: dark)";

function readStoredPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(themeStorageKey);
    return isThemePreference(stored) ? stored : "system";
  } catch {
    // Storage can be blocked (privacy settings); the OS theme is a fine fallback.
    return "system";
  }
}

function writeStoredPreference(preference: ThemePreference): void {
  try {
    if (preference === "system") localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, preference);
  } catch {
    // Not persisting is acceptable; the choice still applies for this session.
  }
}

function readSystemTheme(): ResolvedTheme {
  return window.matchMedia(darkQuery).matches ? "dark" : "light";
}

interface ThemeState {
  preference: ThemePreference;
  systemTheme: ResolvedTheme;
  setPreference: (preference: ThemePreference) => void;
}

export const useThemeStore = create<ThemeState>()((set) => ({
  preference: readStoredPreference(),
  systemTheme: readSystemTheme(),
  setPreference: (preference) => {
    writeStoredPreference(preference);
    set({ preference });
  },
}));

export function resolveTheme(state: Pick<ThemeState, "preference" | "systemTheme">): ResolvedTheme {
  return state.preference === "system" ? state.systemTheme : state.preference;
}

export function useResolvedTheme(): ResolvedTheme {
  return useThemeStore(resolveTheme);
}

function applyTheme(theme: ResolvedTheme): void {
  const root = document.documentElement;
  root.classList.toggle("dark", theme === "dark");
  root.style.colorScheme = theme;
}

/**
 * Keeps <html> in step with the store, the OS setting and other tabs. Called once at startup,
 * outside React, so the class is right even before the first render.
 */
export function installThemeSync(): () => void {
  applyTheme(resolveTheme(useThemeStore.getState()));
  const unsubscribeStore = useThemeStore.subscribe((state) => {
    applyTheme(resolveTheme(state));
  });

  const media = window.matchMedia(darkQuery);
  const onSystemChange = (event: MediaQueryListEvent) => {
    useThemeStore.setState({ systemTheme: event.matches ? "dark" : "light" });
  };
  media.addEventListener("change", onSystemChange);

  const onStorage = (event: StorageEvent) => {
    if (event.key === themeStorageKey) useThemeStore.setState({ preference: readStoredPreference() });
  };
  window.addEventListener("storage", onStorage);

  return () => {
    unsubscribeStore();
    media.removeEventListener("change", onSystemChange);
    window.removeEventListener("storage", onStorage);
  };
}
