import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "./data-dir.js";

export interface ServerConfig {
  host: string;
  /** 0 asks the OS for any free port. */
  port: number;
  dataDir: string;
  /** From `COVALT_AUTH_TOKEN`; otherwise the token file in the data dir is used. */
  authToken: string | undefined;
  /** Extra host names accepted in the `Host` header (e.g. a LAN name when bound to 0.0.0.0). */
  allowedHosts: string[];
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace";
  /** From `COVALT_SECRET_KEY`; otherwise the key file in the data dir is used. */
  secretKey: string | undefined;
  modelTimeouts: { firstPartMs: number; idleMs: number };
  open: boolean;
}

export const defaultPort = 3210;
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace"] as const;

export class ConfigError extends Error {}

export const usage = `Usage: covalt [options]

Options:
  --port <n>        port to listen on (default ${defaultPort}; 0 picks any free port)
  --host <address>  address to bind (default 127.0.0.1; anything else is reachable from other machines)
  --data-dir <dir>  where the database, token and logs live (default: COVALT_DATA_DIR, then the per-user data folder)
  --open            open the app in the default browser once it is ready
  --help            show this help

Environment:
  COVALT_DATA_DIR, COVALT_AUTH_TOKEN, COVALT_SECRET_KEY, COVALT_ALLOWED_HOSTS (comma-separated), COVALT_LOG_LEVEL,
  COVALT_PORT, COVALT_HOST, COVALT_PROVIDER_TIMEOUT_MS, COVALT_PROVIDER_IDLE_TIMEOUT_MS`;

/** Flags beat environment variables, which beat defaults. */
export function resolveServerConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "data-dir": { type: "string" },
      open: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return "help";

  const logLevel = env.COVALT_LOG_LEVEL ?? "info";
  if (!isLogLevel(logLevel)) {
    throw new ConfigError(`COVALT_LOG_LEVEL must be one of ${logLevels.join(", ")}; got "${logLevel}"`);
  }
  const token = env.COVALT_AUTH_TOKEN;
  if (token !== undefined && token.length < 16) {
    throw new ConfigError("COVALT_AUTH_TOKEN must be at least 16 characters long");
  }
  return {
    host: values.host ?? nonEmpty(env.COVALT_HOST) ?? "127.0.0.1",
    port: parsePort(values.port ?? nonEmpty(env.COVALT_PORT) ?? String(defaultPort)),
    dataDir: resolve(values["data-dir"] ?? nonEmpty(env.COVALT_DATA_DIR) ?? defaultDataDir(env)),
    authToken: token,
    allowedHosts: (env.COVALT_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ""),
    logLevel,
    secretKey: env.COVALT_SECRET_KEY,
    modelTimeouts: {
      firstPartMs: positiveMs(env.COVALT_PROVIDER_TIMEOUT_MS, 120_000, "COVALT_PROVIDER_TIMEOUT_MS"),
      idleMs: positiveMs(env.COVALT_PROVIDER_IDLE_TIMEOUT_MS, 120_000, "COVALT_PROVIDER_IDLE_TIMEOUT_MS"),
    },
    open: values.open,
  };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`--port must be a whole number from 0 to 65535; got "${text}"`);
  }
  return port;
}

function positiveMs(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive number of milliseconds`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function isLogLevel(value: string): value is ServerConfig["logLevel"] {
  return (logLevels as readonly string[]).includes(value);
}
