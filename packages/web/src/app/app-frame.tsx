import { Outlet } from "@tanstack/react-router";
import { useChatUpdates } from "../features/chat/use-chat-updates.js";
import { McpInteractionHost } from "../features/mcp-interactions/mcp-interaction-host.js";
import { CommandPalette } from "../features/search/command-palette.js";
import { ShortcutsDialog } from "../features/shortcuts/shortcuts-dialog.js";
import { useGlobalShortcuts } from "../features/shortcuts/use-global-shortcuts.js";
import { Sidebar } from "./sidebar.js";

export function AppFrame() {
  useChatUpdates();
  useGlobalShortcuts();
  return (
    <div data-testid="app-frame" className="flex h-full overflow-hidden">
      <a
        href="#main"
        className="sr-only rounded-lg bg-card px-3 py-2 font-medium shadow-float focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <Sidebar />
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 overflow-y-auto outline-none">
        <Outlet />
      </main>
      <CommandPalette />
      <ShortcutsDialog />
      <McpInteractionHost />
    </div>
  );
}
