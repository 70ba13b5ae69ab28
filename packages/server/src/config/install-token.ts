import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const tokenFileName = "auth-token";

/**
 * The per-install secret every API request must carry. Generated once into the data dir, readable
 * only by its owner, so that other local users and web pages cannot drive this server.
 */
export function loadOrCreateInstallToken(dataDir: string, fromEnvironment: string | undefined): string {
  if (fromEnvironment !== undefined) return fromEnvironment;
  const path = join(dataDir, tokenFileName);
  try {
    const existing = readFileSync(path, "utf8").trim();
    if (existing.length >= 16) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const token = randomBytes(24).toString("base64url");
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return token;
}
