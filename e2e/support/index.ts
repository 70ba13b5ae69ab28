export { type CovaltFixtures, expect, test } from "./covalt-fixture.js";
export { AppShell } from "./pages/app-shell.js";
export { ChatPage } from "./pages/chat-page.js";
export { type ConnectionProblem, ConnectionErrorPage } from "./pages/connection-error-page.js";
export { ProvidersSettings } from "./pages/providers-settings.js";
export { SettingsPage } from "./pages/settings-page.js";
