import { z } from "zod";
import { ModelRef } from "../ids.js";
import { defineRoute } from "./route.js";

/** App-wide preferences kept on the server (per-browser ones, like the theme, stay in the browser). */
export const AppSettings = z.object({
  /** A small, cheap model for naming chats; null uses each chat's own model. */
  titleModel: ModelRef.nullable(),
});
export type AppSettings = z.infer<typeof AppSettings>;

export const settingsRoutes = {
  getSettings: defineRoute({
    method: "get",
    path: "/api/settings",
    summary: "App-wide settings.",
    auth: "token",
    body: undefined,
    response: AppSettings,
  }),
  updateSettings: defineRoute({
    method: "patch",
    path: "/api/settings",
    summary: "Changes app-wide settings; absent keys keep their value.",
    auth: "token",
    body: AppSettings.partial(),
    response: AppSettings,
  }),
};
