export { type CovaltFixtures, expect, test } from "./covalt-fixture.js";
export { CovaltApi, type ModelRef } from "./covalt-api.js";
export { AppShell } from "./pages/app-shell.js";
export { ChatPage } from "./pages/chat-page.js";
export { type ConnectionProblem, ConnectionErrorPage } from "./pages/connection-error-page.js";
export { ConversationPage } from "./pages/conversation-page.js";
export { ProvidersSettings } from "./pages/providers-settings.js";
export { SettingsPage } from "./pages/settings-page.js";
export { ToolCards } from "./pages/tool-cards.js";
