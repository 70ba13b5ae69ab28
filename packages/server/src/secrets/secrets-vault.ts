import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const secretKeyFileName = "secret.key";
const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;
const formatVersion = "v1";

/**
 * Encrypts credentials at rest with AES-256-GCM. Each value is bound to a context string (e.g.
 * `provider:prov_…:apiKey`) as additional authenticated data, so a ciphertext copied into another
 * row or field fails to decrypt instead of leaking under the wrong name.
 */
export class SecretsVault {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== keyBytes) throw new Error(`The secrets key must be ${keyBytes} bytes.`);
    this.#key = key;
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv("aes-256-gcm", this.#key, iv);
    cipher.setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return `${formatVersion}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64")}`;
  }

  decrypt(sealed: string, context: string): string {
    const [version, payload] = sealed.split(":", 2);
    if (version !== formatVersion || payload === undefined) throw new Error("Unknown secret format.");
    const bytes = Buffer.from(payload, "base64");
    const decipher = createDecipheriv("aes-256-gcm", this.#key, bytes.subarray(0, ivBytes));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    return Buffer.concat([decipher.update(bytes.subarray(ivBytes + tagBytes)), decipher.final()]).toString("utf8");
  }
}

/**
 * The key comes from `COVALT_SECRET_KEY` (32 bytes, base64) or from an owner-only key file that is
 * generated in the data dir on first use. Losing the key file loses the stored credentials.
 */
export function openSecretsVault(dataDir: string, keyFromEnvironment: string | undefined): SecretsVault {
  if (keyFromEnvironment !== undefined && keyFromEnvironment !== "") {
    const key = Buffer.from(keyFromEnvironment, "base64");
    if (key.length !== keyBytes) {
      throw new Error("COVALT_SECRET_KEY must be 32 bytes, base64-encoded (for example: openssl rand -base64 32).");
    }
    return new SecretsVault(key);
  }
  const path = join(dataDir, secretKeyFileName);
  try {
    const key = Buffer.from(readFileSync(path, "utf8").trim(), "base64");
    if (key.length === keyBytes) return new SecretsVault(key);
    throw new Error(`${path} does not hold a 32-byte base64 key; restore it from a backup or remove it.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(keyBytes);
  writeFileSync(path, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(path, 0o600);
  return new SecretsVault(key);
}
