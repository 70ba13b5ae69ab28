import { ThemeIcon } from "../../shared/theme/theme-icon.js";
import { themePreferenceLabels, themePreferences } from "../../shared/theme/theme-preference.js";
import { useThemeStore } from "../../shared/theme/theme-store.js";
import { SegmentedControl } from "../../shared/ui/segmented-control.js";
import { SettingsRow } from "./settings-row.js";
import { SettingsSection } from "./settings-section.js";

const themeOptions = themePreferences.map((preference) => ({
  value: preference,
  label: themePreferenceLabels[preference],
  icon: <ThemeIcon preference={preference} />,
}));

export function AppearanceSection() {
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  return (
    <SettingsSection id="appearance" title="Appearance" description="How Covalt looks in this browser.">
      <SettingsRow label="Theme" description="Follow your system setting, or pick one that stays put.">
        <SegmentedControl
          label="Theme"
          options={themeOptions}
          value={preference}
          onChange={setPreference}
          testIdPrefix="theme-option"
        />
      </SettingsRow>
    </SettingsSection>
  );
}
