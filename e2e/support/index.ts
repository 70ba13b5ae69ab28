export { type CovaltFixtures, expect, test } from "./covalt-fixture.js";
export { AppShell } from "./pages/app-shell.js";
export { type ConnectionProblem, ConnectionErrorPage } from "./pages/connection-error-page.js";
export { SettingsPage } from "./pages/settings-page.js";
