import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTestApp } from "./test-app.js";

describe("serving the web app", () => {
  it("answers client-side routes with index.html under a CSP that allows only its own inline script", async () => {
    const { request } = await createTestApp();
    const response = await request("/settings/providers");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("serves hashed assets with a long cache lifetime and the right type", async () => {
    const { request } = await createTestApp();
    const response = await request("/assets/app-abc123.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/javascript");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each(["/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd"])(
    "never serves a file outside the web root for %s",
    async (path) => {
      const { request } = await createTestApp();
      const text = await (await request(path)).text();
      expect(text).toContain('<div id="root">');
      expect(text).not.toContain("root:x:0:0");
    },
  );

  it("does not follow a symlink out of the web root", async () => {
    const { request, webRoot } = await createTestApp();
    writeFileSync(join(webRoot, "..", "covalt-secret.txt"), "secret-content");
    symlinkSync(join(webRoot, "..", "covalt-secret.txt"), join(webRoot, "assets", "leak.txt"));
    const text = await (await request("/assets/leak.txt")).text();
    expect(text).not.toContain("secret-content");
  });

  it("answers unknown API paths with a JSON error, not the SPA", async () => {
    const { request } = await createTestApp();
    const response = await request("/api/nothing", {
      headers: { authorization: "Bearer test-token-0123456789abcdef" },
    });
    expect(response.headers.get("content-type")).toContain("application/json");
  });
});
