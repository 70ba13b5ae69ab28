import { apiRoutes } from "@covalt/contracts";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "../logging/logger.js";
import { errorResponse, handleError } from "./http-errors.js";
import { registerArtifactSandbox } from "./artifact-sandbox.js";
import { acceptLaunchToken } from "./launch-url.js";
import { type HostPolicy, requireToken, requireTrustedHostAndOrigin } from "./request-security.js";
import type { Services } from "../services.js";
import { registerChatRoutes } from "./routes/chat-routes.js";
import { registerMcpAuthRoutes, registerMcpOAuthCallback } from "./routes/mcp-auth-routes.js";
import { registerMcpRoutes } from "./routes/mcp-routes.js";
import { registerMcpInteractionRoutes } from "./routes/mcp-interaction-routes.js";
import { registerProviderRoutes } from "./routes/provider-routes.js";
import { registerRunEventStream } from "./routes/run-event-stream.js";
import { registerSearchRoutes } from "./routes/search-routes.js";
import { registerSettingsRoutes } from "./routes/settings-routes.js";
import { registerToolRoutes } from "./routes/tool-routes.js";
import { registerTreeRoutes } from "./routes/tree-routes.js";
import { registerWorkspaceRoutes } from "./routes/workspace-routes.js";
import { registerSystemRoutes } from "./routes/system-routes.js";
import { serveWebApp } from "./static-files.js";

export interface AppOptions {
  version: string;
  dataDir: string;
  token: string;
  hostPolicy: HostPolicy;
  logger: Logger;
  /** The built SPA; the API works without it. */
  webRoot: string;
  services: Services;
}

const maxJsonBodyBytes = 10 * 1024 * 1024;
/** A toolset zip arrives base64-encoded in JSON: 30 MB of zip is about 40 MB of text. */
const maxToolsetUploadBytes = 42 * 1024 * 1024;

/** Paths a caller may reach without the token: only what the contracts mark `auth: "none"`. */
const publicApiPaths = new Set(
  Object.values(apiRoutes)
    .filter((route) => route.auth === "none")
    .map((route) => route.path),
);

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.onError(handleError(options.logger));

  app.use(logRequests(options.logger));
  app.use(requireTrustedHostAndOrigin(options.hostPolicy));
  app.use(async (context, next) => {
    await next();
    context.header("X-Content-Type-Options", "nosniff");
    context.header("Referrer-Policy", "no-referrer");
    // Only the artifact sandbox may be framed (by us); it sets its own value.
    if (!context.res.headers.has("X-Frame-Options")) context.header("X-Frame-Options", "DENY");
  });

  // Authenticated by its one-time `state`: the token cookie does not come along on a cross-site redirect.
  registerMcpOAuthCallback(app, options.services.mcp);
  app.use("/api/*", requireToken(options.token, publicApiPaths));
  const limitBody = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (context) =>
        errorResponse(context, "payload-too-large", `Request bodies are limited to ${maxSize / 1024 / 1024} MB.`),
    });
  const jsonLimit = limitBody(maxJsonBodyBytes);
  const uploadLimit = limitBody(maxToolsetUploadBytes);
  const limitByRoute: MiddlewareHandler = (context, next) =>
    context.req.path === "/api/toolsets" ? uploadLimit(context, next) : jsonLimit(context, next);
  app.use("/api/*", limitByRoute);
  registerSystemRoutes(app, { version: options.version, dataDir: options.dataDir });
  const { providers, chats, runs } = options.services;
  registerProviderRoutes(app, providers);
  registerChatRoutes(app, options.services);
  registerRunEventStream(app, runs);
  registerSettingsRoutes(app, options.services.settings);
  registerTreeRoutes(app, options.services.conversations, runs);
  registerSearchRoutes(app, options.services.db);
  registerToolRoutes(app, options.services.tools, options.services.toolsets);
  registerWorkspaceRoutes(app, chats, options.services.workspaces);
  registerMcpRoutes(app, options.services.mcp);
  registerMcpAuthRoutes(app, options.services.mcp);
  registerMcpInteractionRoutes(app, options.services.mcpInteractions);
  registerArtifactSandbox(app);
  app.all("/api/*", (context) =>
    errorResponse(context, "not-found", `There is no API endpoint ${context.req.method} ${context.req.path}.`),
  );
  app.use(acceptLaunchToken(options.token));
  app.use(serveWebApp(options.webRoot));
  return app;
}

function logRequests(logger: Logger): MiddlewareHandler {
  return async (context, next) => {
    const started = performance.now();
    await next();
    const entry = {
      method: context.req.method,
      path: context.req.path, // never the query: the launch URL carries the token there
      status: context.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (context.req.path.startsWith("/api/")) logger.info(entry, "request");
    else logger.debug(entry, "request");
  };
}
