import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { openDatabase } from "../src/db/database.js";
import { createApp } from "../src/http/create-app.js";
import { hostPolicyFor } from "../src/http/request-security.js";
import { migrationsDir } from "../src/package-paths.js";
import { SecretsVault } from "../src/secrets/secrets-vault.js";
import { createServices } from "../src/services.js";

export const testToken = "test-token-0123456789abcdef";

/** An app instance over a throwaway web root, driven with `app.request` (no socket needed). */
export async function createTestApp(options: { host?: string; allowedHosts?: string[] } = {}) {
  const webRoot = mkdtempSync(join(tmpdir(), "covalt-web-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(
    join(webRoot, "index.html"),
    '<!doctype html><html><head><script>document.documentElement.dataset.boot="1"</script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(webRoot, "assets", "app-abc123.js"), "console.log('app')");
  const logLines: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => logLines.push(line) });
  const dataDir = mkdtempSync(join(tmpdir(), "covalt-data-"));
  const database = openDatabase(join(dataDir, "covalt.db"), migrationsDir);
  const services = await createServices({
    dataDir,
    database,
    vault: new SecretsVault(Buffer.alloc(32, 7)),
    logger,
    modelTimeouts: { firstPartMs: 5000, idleMs: 5000 },
  });
  const app = createApp({
    version: "9.9.9",
    dataDir: "/data/covalt",
    token: testToken,
    hostPolicy: hostPolicyFor(options.host ?? "127.0.0.1", options.allowedHosts ?? []),
    logger,
    webRoot,
    services,
  });
  const request = (path: string, init: Omit<RequestInit, "headers"> & { headers?: Record<string, string> } = {}) =>
    app.request(`http://127.0.0.1:3210${path}`, { ...init, headers: { host: "127.0.0.1:3210", ...init.headers } });
  return { app, request, logLines, webRoot, services, database };
}
