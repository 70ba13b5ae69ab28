import { extname } from "node:path";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Text goes over JSON as UTF-8; anything that is not valid UTF-8 (or holds NUL bytes) as base64. */
export function fileEncoding(content: Buffer): "utf8" | "base64" {
  if (content.includes(0)) return "base64";
  try {
    decoder.decode(content);
    return "utf8";
  } catch {
    return "base64";
  }
}

const mimeTypes: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".json": "application/json",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".ts": "text/typescript",
  ".tsx": "text/typescript",
  ".css": "text/css",
  ".csv": "text/csv",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
};

export function mimeTypeOf(path: string, encoding: "utf8" | "base64"): string {
  return mimeTypes[extname(path).toLowerCase()] ?? (encoding === "utf8" ? "text/plain" : "application/octet-stream");
}
