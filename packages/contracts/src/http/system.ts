import { z } from "zod";
import { defineRoute } from "./route.js";

export const HealthResponse = z.object({
  ok: z.literal(true),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const SessionResponse = z.object({
  version: z.string(),
  dataDir: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const systemRoutes = {
  health: defineRoute({
    method: "get",
    path: "/api/health",
    summary: "Liveness check; the only API route that needs no token.",
    auth: "none",
    body: undefined,
    response: HealthResponse,
  }),
  session: defineRoute({
    method: "get",
    path: "/api/session",
    summary: "Confirms the caller holds the install token and describes this server.",
    auth: "token",
    body: undefined,
    response: SessionResponse,
  }),
  signFrameUrl: defineRoute({
    method: "post",
    path: "/api/sandbox/frame-url",
    summary: "Signs a web page address so the sandbox page will frame it (for the `frame` renderer).",
    auth: "token",
    body: z.object({ url: z.string().min(1).max(8192) }),
    response: z.object({ src: z.string() }),
  }),
};
