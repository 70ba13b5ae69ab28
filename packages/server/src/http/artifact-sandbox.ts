import { createHash } from "node:crypto";
import type { Hono } from "hono";

/** Where the web app frames untrusted HTML (tool results, html artifacts). */
export const artifactSandboxPath = "/sandbox/artifact";

/**
 * The page receives one document from its parent by `postMessage` and replaces itself with it.
 * Its own CSP (below) stays in force for the written document, and the `sandbox` directive puts it
 * on an opaque origin even if someone opens this URL directly: no cookies, no storage, no API.
 */
const bootstrapScript = `addEventListener("message", function (event) {
  if (event.source !== parent || !event.data || event.data.type !== "covalt-artifact") return;
  document.open();
  document.write(String(event.data.html));
  document.close();
}, { once: true });
parent.postMessage({ type: "covalt-artifact-ready" }, "*");`;

const bootstrapHash = createHash("sha256").update(bootstrapScript).digest("base64");

const page = `<!doctype html><html><head><meta charset="utf-8"><script>${bootstrapScript}</script></head><body></body></html>`;

/**
 * Inline scripts and styles of the artifact may run (that is what an HTML artifact is for); nothing
 * may load from or talk to the network, submit forms, or frame anything but our app.
 */
export const artifactSandboxPolicy = [
  "default-src 'none'",
  `script-src 'unsafe-inline' 'sha256-${bootstrapHash}'`,
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "media-src data: blob:",
  "font-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "sandbox allow-scripts",
].join("; ");

export function registerArtifactSandbox(app: Hono): void {
  app.get(artifactSandboxPath, (context) => {
    context.header("Content-Security-Policy", artifactSandboxPolicy);
    // The app's default DENY would stop our own page from framing it; frame-ancestors still limits it to us.
    context.header("X-Frame-Options", "SAMEORIGIN");
    context.header("Cache-Control", "no-cache");
    context.header("Cross-Origin-Resource-Policy", "same-origin");
    return context.html(page);
  });
}
