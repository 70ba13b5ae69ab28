import { describe, expect, it } from "vitest";
import { resolveRenderer } from "./resolve-renderer.js";

describe("resolveRenderer", () => {
  it("accepts a plan whose config fits its renderer", () => {
    const resolved = resolveRenderer({ renderer: "code", title: "a.ts", config: { content: "x", path: "a.ts" } });
    expect(resolved).toEqual({ renderer: "code", title: "a.ts", config: { content: "x", path: "a.ts" } });
  });

  it("falls back to the default card without a plan", () => {
    expect(resolveRenderer(undefined)).toEqual({ renderer: "default", title: undefined, reason: undefined });
  });

  it("falls back for an unknown renderer id", () => {
    const resolved = resolveRenderer({ renderer: "hologram", config: {} });
    expect(resolved.renderer).toBe("default");
    expect(resolved).toMatchObject({ reason: expect.stringContaining("hologram") as unknown });
  });

  it("falls back when the config does not fit the schema, naming the field", () => {
    const resolved = resolveRenderer({ renderer: "diff", config: { before: "a", after: 3 } });
    expect(resolved).toMatchObject({ renderer: "default", reason: expect.stringContaining('"after"') as unknown });
  });

  it("treats a missing config as empty", () => {
    expect(resolveRenderer({ renderer: "markdown" }).renderer).toBe("default");
    expect(resolveRenderer({ renderer: "json", config: { value: null } }).renderer).toBe("json");
  });

  it("does not treat inherited object keys as renderer ids", () => {
    expect(resolveRenderer({ renderer: "toString", config: {} }).renderer).toBe("default");
  });
});
