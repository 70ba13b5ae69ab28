import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";

export type Logger = pino.Logger;

/**
 * Keys whose values never reach a log line, at any depth we log: credentials, tokens, cookies.
 * Covers request headers and any object that carries an `apiKey`, `token`, `secret` or `password`.
 */
export const redactedPaths = [
  "authorization",
  "cookie",
  "token",
  "apiKey",
  "secret",
  "password",
  "*.authorization",
  "*.cookie",
  "*.token",
  "*.apiKey",
  "*.secret",
  "*.password",
  "*.*.authorization",
  "*.*.cookie",
  "*.*.token",
  "*.*.apiKey",
  "*.*.secret",
  "*.*.password",
  'headers["set-cookie"]',
];

export interface LoggerOptions {
  level: string;
  /** Log file directory; logs go to `covalt.log` inside it. */
  directory: string;
}

/** JSON lines to `<dataDir>/logs/covalt.log`; errors are also echoed to stderr. */
export function createLogger({ level, directory }: LoggerOptions): Logger {
  mkdirSync(directory, { recursive: true });
  const file = pino.destination({ dest: join(directory, "covalt.log"), sync: false, mkdir: true });
  return pino(
    { level, redact: { paths: redactedPaths, censor: "[redacted]" }, base: { pid: process.pid } },
    pino.multistream([
      { level, stream: file },
      { level: "error", stream: process.stderr },
    ]),
  );
}
