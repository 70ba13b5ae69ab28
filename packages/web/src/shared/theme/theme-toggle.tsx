import { IconButton } from "../ui/icon-button.js";
import { ThemeIcon } from "./theme-icon.js";
import { nextThemePreference, themePreferenceLabels } from "./theme-preference.js";
import { useThemeStore } from "./theme-store.js";

/** Cycles System → Light → Dark; Settings → Appearance offers the same choice as a radio group. */
export function ThemeToggle({ className }: { className?: string }) {
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  const next = nextThemePreference(preference);
  return (
    <IconButton
      label={`Theme: ${themePreferenceLabels[preference]}. Switch to ${themePreferenceLabels[next]}`}
      title={`Theme: ${themePreferenceLabels[preference]}`}
      data-testid="theme-toggle"
      data-theme-preference={preference}
      className={className}
      onClick={() => {
        setPreference(next);
      }}
    >
      <ThemeIcon preference={preference} />
    </IconButton>
  );
}
