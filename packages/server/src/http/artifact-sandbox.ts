import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { apiRoutes } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Hono } from "hono";
import { registerRoute } from "./register-route.js";

/** Where the web app frames untrusted HTML (tool results, html artifacts). */
export const artifactSandboxPath = "/sandbox/artifact";
/** Where the web app frames a web page a tool pointed at; only with a URL the app had signed. */
export const frameSandboxPath = "/sandbox/frame";

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

const page = `<!doctype html><html><head><meta charset="utf-8"><script>${bootstrapScript}</script></head><body></body></html>`;

/**
 * Inline scripts and styles of the artifact may run (that is what an HTML artifact is for); nothing
 * may load from or talk to the network, submit forms, or frame anything but our app.
 */
export const artifactSandboxPolicy = [
  "default-src 'none'",
  // No hash beside 'unsafe-inline': a hash makes browsers ignore 'unsafe-inline', and the
  // artifact's own scripts would never run.
  "script-src 'unsafe-inline'",
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

/**
 * Both sandbox pages. The app itself may frame only its own origin, so an artifact that navigates
 * its frame elsewhere (to carry data out in the URL) is stopped by the app's `frame-src 'self'`.
 * Web pages shown by the `frame` renderer go through `/sandbox/frame`, which frames exactly one
 * origin and only for a URL signed by `POST /api/sandbox/frame-url` — a call that needs the
 * install token, which no sandboxed document has.
 */
export function registerArtifactSandbox(app: Hono): void {
  const key = randomBytes(32);
  const sign = (url: string) => createHmac("sha256", key).update(url).digest("base64url");

  registerRoute(app, apiRoutes.signFrameUrl, ({ body }) => {
    const url = webUrl(body.url);
    if (url === undefined) throw new CovaltError("validation-failed", "Only http and https pages can be shown.");
    return { src: `${frameSandboxPath}?${new URLSearchParams({ url, sig: sign(url) }).toString()}` };
  });

  app.get(frameSandboxPath, (context) => {
    const url = webUrl(context.req.query("url") ?? "");
    const signature = Buffer.from(context.req.query("sig") ?? "");
    const expected = url === undefined ? undefined : Buffer.from(sign(url));
    if (url === undefined || expected?.length !== signature.length || !timingSafeEqual(expected, signature)) {
      return context.text("This page can only be opened from Covalt.", 403);
    }
    context.header("Content-Security-Policy", framePagePolicy(new URL(url).origin));
    context.header("X-Frame-Options", "SAMEORIGIN");
    context.header("Cache-Control", "no-store");
    return context.html(framePage(url));
  });

  app.get(artifactSandboxPath, (context) => {
    context.header("Content-Security-Policy", artifactSandboxPolicy);
    // The app's default DENY would stop our own page from framing it; frame-ancestors still limits it to us.
    context.header("X-Frame-Options", "SAMEORIGIN");
    context.header("Cache-Control", "no-cache");
    context.header("Cross-Origin-Resource-Policy", "same-origin");
    return context.html(page);
  });
}

function webUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function framePagePolicy(origin: string): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `frame-src ${origin}`,
    "frame-ancestors 'self'",
    "sandbox allow-scripts allow-forms",
  ].join("; ");
}

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

function framePage(url: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body,iframe{margin:0;border:0;width:100%;height:100%;display:block}</style></head><body><iframe src="${escapeAttribute(url)}" sandbox="allow-scripts allow-forms" referrerpolicy="no-referrer"></iframe></body></html>`;
}
