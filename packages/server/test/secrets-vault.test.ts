import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSecretsVault, secretKeyFileName } from "../src/secrets/secrets-vault.js";

describe("secrets vault", () => {
  it("round-trips a secret and never stores it in the clear", () => {
    const vault = openSecretsVault(mkdtempSync(join(tmpdir(), "covalt-vault-")), undefined);
    const sealed = vault.encrypt("sk-live-123", "provider:p1:apiKey");
    expect(sealed).not.toContain("sk-live-123");
    expect(vault.decrypt(sealed, "provider:p1:apiKey")).toBe("sk-live-123");
    expect(vault.encrypt("sk-live-123", "provider:p1:apiKey")).not.toBe(sealed);
  });

  it("refuses a ciphertext moved to another provider or field", () => {
    const vault = openSecretsVault(mkdtempSync(join(tmpdir(), "covalt-vault-")), undefined);
    const sealed = vault.encrypt("sk-live-123", "provider:p1:apiKey");
    expect(() => vault.decrypt(sealed, "provider:p2:apiKey")).toThrow();
  });

  it("keeps its key in an owner-only file that survives restarts", () => {
    const dir = mkdtempSync(join(tmpdir(), "covalt-vault-"));
    const sealed = openSecretsVault(dir, undefined).encrypt("value", "ctx");
    expect(statSync(join(dir, secretKeyFileName)).mode & 0o777).toBe(0o600);
    expect(openSecretsVault(dir, undefined).decrypt(sealed, "ctx")).toBe("value");
  });

  it("takes the key from COVALT_SECRET_KEY and rejects a malformed one", () => {
    const dir = mkdtempSync(join(tmpdir(), "covalt-vault-"));
    const key = Buffer.alloc(32, 9).toString("base64");
    const sealed = openSecretsVault(dir, key).encrypt("value", "ctx");
    expect(openSecretsVault(mkdtempSync(join(tmpdir(), "covalt-vault-")), key).decrypt(sealed, "ctx")).toBe("value");
    expect(() => readFileSync(join(dir, secretKeyFileName))).toThrow();
    expect(() => openSecretsVault(dir, "short")).toThrow(/32 bytes/);
  });
});
