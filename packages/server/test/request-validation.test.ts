import { defineRoute } from "@covalt/contracts";
import { Hono } from "hono";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handleError } from "../src/http/http-errors.js";
import { registerRoute } from "../src/http/register-route.js";

const renameRoute = defineRoute({
  method: "post",
  path: "/api/things/:thingId/rename",
  summary: "test route",
  auth: "token",
  body: z.object({ title: z.string().min(1).max(20), pinned: z.boolean().optional() }),
  response: z.object({ id: z.string(), title: z.string() }),
});

function appWith(handler: Parameters<typeof registerRoute<typeof renameRoute>>[2]) {
  const app = new Hono();
  app.onError(handleError(pino({ level: "silent" })));
  registerRoute(app, renameRoute, handler);
  return app;
}

const post = (app: Hono, body: string) =>
  app.request("/api/things/t1/rename", { method: "POST", body, headers: { "content-type": "application/json" } });

describe("request bodies are validated at the boundary", () => {
  it("passes the parsed body and path params to the handler", async () => {
    const app = appWith(({ body, params }) => ({ id: params.thingId ?? "", title: body.title }));
    const response = await post(app, JSON.stringify({ title: "Hello" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "t1", title: "Hello" });
  });

  it("answers malformed JSON with 400 validation-failed", async () => {
    const app = appWith(() => ({ id: "x", title: "x" }));
    const response = await post(app, "{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "validation-failed", message: "The request body must be valid JSON." },
    });
  });

  it("names each invalid field in the message", async () => {
    const app = appWith(() => ({ id: "x", title: "x" }));
    const response = await post(app, JSON.stringify({ title: "", pinned: "yes" }));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("validation-failed");
    expect(error.message).toContain("title");
    expect(error.message).toContain("pinned");
  });

  it("turns an unexpected failure into a 500 that hides internals", async () => {
    const app = appWith(() => {
      throw new Error("database exploded at /secret/path");
    });
    const response = await post(app, JSON.stringify({ title: "ok" }));
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("internal-error");
    expect(error.message).not.toContain("/secret/path");
  });
});
