import { describe, expect, it } from "vitest";
import { buildSandboxDocument, sandboxContentSecurityPolicy, scriptSafeJson } from "./sandbox-document.js";

const policyMeta = `<meta http-equiv="Content-Security-Policy" content="${sandboxContentSecurityPolicy}">`;

describe("buildSandboxDocument", () => {
  it("puts the policy right after the document's doctype", () => {
    const document = buildSandboxDocument("<!DOCTYPE html><html><head><title>t</title></head><body>x</body></html>");
    expect(document.startsWith(`<!DOCTYPE html>${policyMeta}<html><head>`)).toBe(true);
  });

  it("adds a doctype to fragments and puts the policy before them", () => {
    expect(buildSandboxDocument("<p>hi</p>")).toBe(`<!doctype html>${policyMeta}<p>hi</p>`);
  });

  it("keeps the policy first even when the document hides a <head> in a comment", () => {
    const document = buildSandboxDocument("<!-- <head> --><script>fetch('https://evil')</script>");
    expect(document.indexOf(policyMeta)).toBeLessThan(document.indexOf("<!--"));
  });

  it("forbids network access and allows inline scripts and styles only", () => {
    expect(sandboxContentSecurityPolicy).toContain("default-src 'none'");
    expect(sandboxContentSecurityPolicy).toContain("connect-src 'none'");
    expect(sandboxContentSecurityPolicy).toContain("script-src 'unsafe-inline'");
    expect(sandboxContentSecurityPolicy).toContain("img-src data:");
    expect(sandboxContentSecurityPolicy).toContain("base-uri 'none'");
    expect(sandboxContentSecurityPolicy).toContain("form-action 'none'");
  });

  it("hands data in as window.__TOOL_DATA__ after the policy", () => {
    const document = buildSandboxDocument("<p>x</p>", { rows: [1, 2] });
    expect(document).toBe(
      `<!doctype html>${policyMeta}<script>window.__TOOL_DATA__ = {"rows":[1,2]};</script><p>x</p>`,
    );
  });

  it("leaves the data script out when there is no data", () => {
    expect(buildSandboxDocument("<p>x</p>")).not.toContain("__TOOL_DATA__");
  });
});

describe("scriptSafeJson", () => {
  it("escapes anything that could close or alter the script element", () => {
    const json = scriptSafeJson({ text: "</script><script>alert(1)</script><!-- & \u2028" });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script><!-- & \u2028" });
  });

  it("turns values JSON cannot express into null", () => {
    expect(scriptSafeJson(undefined)).toBe("null");
  });
});
