import { systemRoutes } from "./system.js";

export * from "./route.js";
export * from "./system.js";

/** Every HTTP route of the API. A server test checks that each has a handler and no handler lacks a contract. */
export const apiRoutes = {
  ...systemRoutes,
};
export type ApiRouteName = keyof typeof apiRoutes;
