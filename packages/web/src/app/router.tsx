import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { ChatView } from "../features/chat/chat-view.js";
import { NewChatView } from "../features/chat/new-chat-view.js";
import { SettingsPage } from "../features/settings/settings-page.js";
import { AppFrame } from "./app-frame.js";
import { NotFoundPage } from "./not-found-page.js";

// Code-based routes: the tree is small and explicit, and there is no codegen step to keep in sync.
const rootRoute = createRootRoute({
  component: AppFrame,
  notFoundComponent: NotFoundPage,
});

const newChatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: NewChatView,
});

const chatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/chats/$chatId",
  component: ChatView,
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings",
  component: SettingsPage,
});

const routeTree = rootRoute.addChildren([newChatRoute, chatRoute, settingsRoute]);

export const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  defaultHashScrollIntoView: { behavior: "smooth", block: "start" },
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
