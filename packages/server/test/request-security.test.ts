import { describe, expect, it } from "vitest";
import { createTestApp, testToken } from "./test-app.js";

const bearer = { authorization: `Bearer ${testToken}` };

describe("install token", () => {
  it("serves health without a token", async () => {
    const { request } = await createTestApp();
    const response = await request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, version: "9.9.9" });
  });

  it.each([
    ["no token", {}],
    ["a wrong bearer token", { authorization: "Bearer not-the-token" }],
    ["a wrong cookie", { cookie: "covalt_token=not-the-token" }],
    ["a malformed authorization header", { authorization: testToken }],
  ])("refuses a request with %s with 401 and a readable message", async (_label, headers) => {
    const { request } = await createTestApp();
    const response = await request("/api/session", { headers });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.message).toMatch(/launch URL/);
  });

  it("accepts the token as a bearer header or as the cookie", async () => {
    const { request } = await createTestApp();
    expect((await request("/api/session", { headers: bearer })).status).toBe(200);
    const viaCookie = await request("/api/session", { headers: { cookie: `covalt_token=${testToken}` } });
    expect(await viaCookie.json()).toEqual({ version: "9.9.9", dataDir: "/data/covalt" });
  });

  it("asks for the token before revealing whether an endpoint exists", async () => {
    const { request } = await createTestApp();
    expect((await request("/api/does-not-exist")).status).toBe(401);
    const known = await request("/api/does-not-exist", { headers: bearer });
    expect(known.status).toBe(404);
    expect(((await known.json()) as { error: { code: string } }).error.code).toBe("not-found");
  });
});

describe("launch URL", () => {
  it("moves a valid token into an HttpOnly, SameSite=Strict cookie and strips it from the address", async () => {
    const { request } = await createTestApp();
    const response = await request(`/settings?token=${testToken}&tab=about`);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/settings?tab=about");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`covalt_token=${testToken}`);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
  });

  it("sets no cookie for a wrong token but still removes it from the address", async () => {
    const { request } = await createTestApp();
    const response = await request("/?token=guess");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("never writes the token into the log", async () => {
    const { request, logLines } = await createTestApp();
    await request(`/?token=${testToken}`);
    await request("/api/session", { headers: bearer });
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join("\n")).not.toContain(testToken);
  });
});

describe("DNS rebinding and cross-origin protection", () => {
  it.each(["evil.example", "evil.example:3210", "127.0.0.1.evil.example", "localhost.evil.example:3210"])(
    "refuses Host %s with 403 forbidden-host, even with the token",
    async (host) => {
      const { request } = await createTestApp();
      const response = await request("/api/session", { headers: { ...bearer, host } });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden-host");
    },
  );

  it.each(["localhost:3210", "127.0.0.1:3210", "[::1]:3210", "LOCALHOST:3210"])("serves Host %s", async (host) => {
    const { request } = await createTestApp();
    expect((await request("/api/health", { headers: { host } })).status).toBe(200);
  });

  it.each(["http://evil.example", "http://localhost:8080", "https://127.0.0.1:3210", "null"])(
    "refuses Origin %s with 403 forbidden-origin, even with the token",
    async (origin) => {
      const { request } = await createTestApp();
      const response = await request("/api/session", { headers: { ...bearer, origin } });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden-origin");
    },
  );

  it("serves a same-origin request", async () => {
    const { request } = await createTestApp();
    const response = await request("/api/session", { headers: { ...bearer, origin: "http://127.0.0.1:3210" } });
    expect(response.status).toBe(200);
  });

  it("accepts a configured extra host name and any IP literal when bound to all interfaces", async () => {
    const { request } = await createTestApp({ host: "0.0.0.0", allowedHosts: ["covalt.lan"] });
    expect((await request("/api/health", { headers: { host: "covalt.lan:3210" } })).status).toBe(200);
    expect((await request("/api/health", { headers: { host: "192.168.1.20:3210" } })).status).toBe(200);
    expect((await request("/api/health", { headers: { host: "evil.example:3210" } })).status).toBe(403);
  });
});
