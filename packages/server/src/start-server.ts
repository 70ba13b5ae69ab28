import { mkdirSync } from "node:fs";
import type { Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { hostShutdownReason } from "@covalt/core";
import type { ServerConfig } from "./config/server-config.js";
import { loadOrCreateInstallToken } from "./config/install-token.js";
import { openDatabase } from "./db/database.js";
import { createApp } from "./http/create-app.js";
import { hostPolicyFor, isLoopbackHost } from "./http/request-security.js";
import { createLogger, type Logger } from "./logging/logger.js";
import { migrationsDir, webDistDir } from "./package-paths.js";
import { openSecretsVault } from "./secrets/secrets-vault.js";
import { createServices, type Services } from "./services.js";
import { attachSocketServer } from "./transport/socket-server.js";
import { covaltVersion } from "./version.js";

export interface RunningServer {
  /** Base URL without the token, e.g. http://127.0.0.1:3210 */
  url: string;
  /** Opening this signs the browser in. */
  launchUrl: string;
  port: number;
  logger: Logger;
  services: Services;
  close(): Promise<void>;
}

export const databaseFileName = "covalt.db";

/** The composition root: wires config, storage, logging and HTTP into a listening server. */
export async function startServer(config: ServerConfig, webRoot: string = webDistDir): Promise<RunningServer> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const logger = createLogger({ level: config.logLevel, directory: join(config.dataDir, "logs") });
  const token = loadOrCreateInstallToken(config.dataDir, config.authToken);
  const vault = openSecretsVault(config.dataDir, config.secretKey);
  const database = openDatabase(join(config.dataDir, databaseFileName), migrationsDir);
  const services = await createServices({
    dataDir: config.dataDir,
    database,
    vault,
    logger,
    modelTimeouts: config.modelTimeouts,
  }).catch((error: unknown) => {
    database.close();
    throw error;
  });
  const hostPolicy = hostPolicyFor(config.host, config.allowedHosts);

  const app = createApp({
    version: covaltVersion,
    dataDir: config.dataDir,
    token,
    hostPolicy,
    logger,
    webRoot,
    services,
  });

  const server = await listen(app.fetch, config.host, config.port).catch(async (error: unknown) => {
    await services.close();
    database.close();
    throw error;
  });
  const sockets = attachSocketServer({
    server,
    token,
    hostPolicy,
    runs: services.runs,
    events: services.events,
    logger,
  });
  const port = (server.address() as AddressInfo).port;
  const displayHost = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${isWildcard(config.host) ? "127.0.0.1" : displayHost}:${port}`;
  services.mcp.setBaseUrl(url);
  logger.info({ host: config.host, port, dataDir: config.dataDir, version: covaltVersion }, "server started");
  if (!isLoopbackHost(config.host)) {
    logger.warn({ host: config.host }, "bound to a non-loopback address: other machines can reach this server");
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    launchUrl: `${url}/?token=${encodeURIComponent(token)}`,
    port,
    logger,
    services,
    close() {
      closing ??= services.runs
        // Live runs end as interrupted and write their partial answers before anything closes.
        .stopAll(hostShutdownReason)
        .then(
          () =>
            new Promise<void>((resolve) => {
              sockets.close();
              server.close(() => resolve());
              server.closeIdleConnections();
              // Streaming responses would hold shutdown open; give them a moment, then cut them.
              setTimeout(() => server.closeAllConnections(), 2000).unref();
            }),
        )
        .then(() => services.close())
        .then(() => {
          database.close();
          logger.info("server stopped");
          logger.flush();
        });
      return closing;
    },
  };
}

function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::";
}

type Server = ReturnType<typeof serve> & HttpServer;

function listen(fetch: Parameters<typeof serve>[0]["fetch"], host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }) as Server;
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new Error(`Port ${port} on ${host} is already in use. Pass --port 0 to pick any free port, or --port <n>.`),
        );
      } else if (error.code === "EADDRNOTAVAIL") {
        reject(new Error(`Cannot bind to ${host}: no network interface has that address.`));
      } else {
        reject(error);
      }
    });
  });
}
