import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrCreateInstallToken, tokenFileName } from "../src/config/install-token.js";

const freshDir = () => mkdtempSync(join(tmpdir(), "covalt-token-"));

describe("install token", () => {
  it("is generated once into an owner-only file and reused afterwards", () => {
    const dir = freshDir();
    const first = loadOrCreateInstallToken(dir, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, tokenFileName)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateInstallToken(dir, undefined)).toBe(first);
    expect(readFileSync(join(dir, tokenFileName), "utf8").trim()).toBe(first);
  });

  it("differs between installs", () => {
    expect(loadOrCreateInstallToken(freshDir(), undefined)).not.toBe(loadOrCreateInstallToken(freshDir(), undefined));
  });

  it("comes from COVALT_AUTH_TOKEN when set, writing no file", () => {
    const dir = freshDir();
    expect(loadOrCreateInstallToken(dir, "from-the-environment-123")).toBe("from-the-environment-123");
    expect(() => statSync(join(dir, tokenFileName))).toThrow();
  });

  it("replaces an empty or truncated token file and tightens its permissions", () => {
    const dir = freshDir();
    writeFileSync(join(dir, tokenFileName), "abc\n", { mode: 0o644 });
    const token = loadOrCreateInstallToken(dir, undefined);
    expect(token).not.toBe("abc");
    expect(statSync(join(dir, tokenFileName)).mode & 0o777).toBe(0o600);
  });
});
