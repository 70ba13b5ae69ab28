import { type RouteContract, apiRoutes } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { createTestApp, testToken } from "./test-app.js";

describe("every contract route has a handler", () => {
  for (const [name, route] of Object.entries(apiRoutes) as [string, RouteContract][]) {
    it(`${name}: ${route.method.toUpperCase()} ${route.path} is served`, async () => {
      const { request } = await createTestApp();
      const path = route.path.replace(/:([A-Za-z]+)/g, "x");
      const response = await request(path, {
        method: route.method.toUpperCase(),
        headers: { authorization: `Bearer ${testToken}`, "content-type": "application/json" },
        ...(route.body === undefined ? {} : { body: "{}" }),
      });
      const body = (await response.json()) as { error?: { code: string; message: string } };
      // A handler may answer 404 for the made-up id; only the catch-all means "no such endpoint".
      expect(body.error?.message ?? "").not.toMatch(/^There is no API endpoint/);
    });
  }
});
