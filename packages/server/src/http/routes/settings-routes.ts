import { apiRoutes } from "@covalt/contracts";
import type { Hono } from "hono";
import type { SettingsStore } from "../../settings/settings-store.js";
import { registerRoute } from "../register-route.js";

export function registerSettingsRoutes(app: Hono, settings: SettingsStore): void {
  registerRoute(app, apiRoutes.getSettings, () => settings.get());
  registerRoute(app, apiRoutes.updateSettings, ({ body }) => settings.update(body));
}
