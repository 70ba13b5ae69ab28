import { createHash } from "node:crypto";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Context, MiddlewareHandler } from "hono";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Hashes of the inline scripts in index.html, so the CSP can allow exactly those and no other. */
function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1] ?? "";
    if (body.trim() !== "") hashes.push(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // Only our own sandbox pages may be framed: an artifact navigating its frame elsewhere could
    // carry data out in the URL. Remote images stay blocked for the same reason.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Serves the built SPA: real files under `webRoot` (hashed assets cached for good), and
 * `index.html` for every other GET so client-side routes survive a reload. Paths are confined to
 * `webRoot`; nothing outside it can be read.
 */
export function serveWebApp(webRoot: string): MiddlewareHandler {
  let indexHtml: { body: string; csp: string } | undefined;
  let realRoot: string | undefined;

  /** The file's real location if it lies inside the web root (symlinks resolved), else undefined. */
  const confined = async (file: string): Promise<string | undefined> => {
    realRoot ??= await realpath(webRoot).catch(() => webRoot);
    const real = await realpath(file).catch(() => undefined);
    return real?.startsWith(realRoot + sep) === true ? real : undefined;
  };

  const serveIndex = async (context: Context) => {
    if (indexHtml === undefined) {
      try {
        const body = await readFile(join(webRoot, "index.html"), "utf8");
        indexHtml = { body, csp: contentSecurityPolicy(body) };
      } catch {
        return context.text(
          "The Covalt web app is not built yet. Run `npm run build` (npm start does this for you).",
          503,
        );
      }
    }
    context.header("Content-Security-Policy", indexHtml.csp);
    context.header("Cache-Control", "no-cache");
    return context.html(indexHtml.body);
  };

  return async (context, next) => {
    const method = context.req.method;
    if ((method !== "GET" && method !== "HEAD") || context.req.path.startsWith("/api/")) {
      await next();
      return;
    }
    const relative = normalize(decodeURIComponent(context.req.path)).replace(/^[/\\]+/, "");
    const file = join(webRoot, relative);
    if (relative === "" || relative === "index.html" || !file.startsWith(webRoot + sep)) return serveIndex(context);
    const real = await confined(file);
    const info = real === undefined ? undefined : await stat(real).catch(() => undefined);
    if (real === undefined || info?.isFile() !== true) return serveIndex(context);
    const body = await readFile(real);
    context.header("Content-Type", contentTypes[extname(file)] ?? "application/octet-stream");
    context.header(
      "Cache-Control",
      relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
    return context.body(body);
  };
}
