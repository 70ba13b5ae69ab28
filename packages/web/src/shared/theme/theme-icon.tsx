import { Monitor, Moon, Sun } from "lucide-react";
import type { ThemePreference } from "./theme-preference.js";

export function ThemeIcon({ preference }: { preference: ThemePreference }) {
  if (preference === "light") return <Sun aria-hidden="true" />;
  if (preference === "dark") return <Moon aria-hidden="true" />;
  return <Monitor aria-hidden="true" />;
}
