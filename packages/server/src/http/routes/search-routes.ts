import { apiRoutes } from "@covalt/contracts";
import type { Hono } from "hono";
import type { Db } from "../../db/database.js";
import { searchMessages } from "../../search/message-search.js";
import { registerRoute } from "../register-route.js";

export function registerSearchRoutes(app: Hono, db: Db): void {
  registerRoute(app, apiRoutes.search, ({ query }) => ({ hits: searchMessages(db, query.q, query.limit) }));
}
