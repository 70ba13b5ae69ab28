import { apiRoutes } from "@covalt/contracts";
import type { Hono } from "hono";
import { registerRoute } from "../register-route.js";

export interface SystemInfo {
  version: string;
  dataDir: string;
}

export function registerSystemRoutes(app: Hono, info: SystemInfo): void {
  registerRoute(app, apiRoutes.health, () => ({ ok: true as const, version: info.version }));
  registerRoute(app, apiRoutes.session, () => ({ version: info.version, dataDir: info.dataDir }));
}
