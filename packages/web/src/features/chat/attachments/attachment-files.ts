/** What one attachment may weigh; the server refuses larger writes too. */
export const maxAttachmentBytes = 10 * 1024 * 1024;
/** How many files one message may carry (the send contract's limit). */
export const maxAttachmentsPerMessage = 20;
/** The workspace folder attachments are uploaded into. */
export const attachmentFolder = "attachments";

/** A size for people: `512 B`, `3.4 KB`, `48 MB` (one decimal below ten, whole numbers above). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? (Math.round(value * 10) / 10).toString() : Math.round(value).toString();
  return `${shown} ${units[unit] ?? "GB"}`;
}

/** Why a file cannot be attached, or undefined when it can. */
export function attachmentProblem(name: string, size: number): string | undefined {
  if (size <= maxAttachmentBytes) return undefined;
  return `${name} is ${formatBytes(size)}; attachments may be at most ${formatBytes(maxAttachmentBytes)}.`;
}

/**
 * A name the workspace accepts: one path segment, no separators, control characters or `:`,
 * not only dots and spaces. Whatever is left of an unusable name becomes `file`.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/[/\\:]/g, "_")
    .trim();
  if (cleaned === "" || /^[. ]+$/.test(cleaned)) return "file";
  return cleaned;
}

/** `report.pdf` → `report`, `.pdf`; a leading dot (`.env`) is part of the stem, not an extension. */
export function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return { stem: name, extension: "" };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

/** The name to try on attempt `attempt` (1-based): the name itself, then `name (2).ext`, `name (3).ext`… */
export function numberedName(name: string, attempt: number): string {
  if (attempt <= 1) return name;
  const { stem, extension } = splitExtension(name);
  return `${stem} (${String(attempt)})${extension}`;
}

export function attachmentPath(name: string): string {
  return `${attachmentFolder}/${name}`;
}

const imageExtensions: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/svg+xml": "svg",
  "image/bmp": "bmp",
  "image/avif": "avif",
};

function twoDigits(value: number): string {
  return value.toString().padStart(2, "0");
}

/** `pasted-image-20250102-153045.png`: pasted screenshots arrive as a bare `image.png`. */
export function pastedImageName(mimeType: string, at: Date): string {
  const date = `${String(at.getFullYear())}${twoDigits(at.getMonth() + 1)}${twoDigits(at.getDate())}`;
  const time = `${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}${twoDigits(at.getSeconds())}`;
  return `pasted-image-${date}-${time}.${imageExtensions[mimeType] ?? "png"}`;
}

/** Browsers name a pasted bitmap (not a copied file) `image.png` or leave it unnamed. */
export function isGenericPastedName(name: string): boolean {
  return name === "" || /^image\.(png|jpe?g|gif|webp|bmp)$/i.test(name);
}

/**
 * Whether a paste attaches its files rather than inserting text. Office apps put a picture of the
 * copied cells next to their text and HTML: the text wins there. A copied file (text = its name),
 * a screenshot or an image copied from a page attach.
 */
export function pasteAttachesFiles(clipboard: { fileCount: number; types: readonly string[] }): boolean {
  if (clipboard.fileCount === 0) return false;
  return !(clipboard.types.includes("text/plain") && clipboard.types.includes("text/html"));
}

/** Types an `<img>` shows, for thumbnails. */
export function isPreviewableImage(mimeType: string): boolean {
  return mimeType in imageExtensions;
}

export type AttachmentKind = "image" | "text" | "code" | "archive" | "audio" | "video" | "pdf" | "file";

const codeExtensions = new Set([
  ".js",
  ".mjs",
  ".cjs",
  ".ts",
  ".tsx",
  ".jsx",
  ".py",
  ".rb",
  ".go",
  ".rs",
  ".java",
  ".c",
  ".h",
  ".cpp",
  ".cs",
  ".php",
  ".sh",
  ".json",
  ".yaml",
  ".yml",
  ".toml",
  ".html",
  ".css",
  ".sql",
  ".xml",
  ".kt",
  ".swift",
]);
const archiveExtensions = new Set([".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz"]);
const textExtensions = new Set([".txt", ".md", ".markdown", ".csv", ".tsv", ".log", ".rtf"]);

/** Which icon a file gets, from its type and, when the type is vague, its extension. */
export function attachmentKind(name: string, mimeType: string): AttachmentKind {
  const extension = splitExtension(name).extension.toLowerCase();
  if (mimeType.startsWith("image/")) return "image";
  if (mimeType.startsWith("audio/")) return "audio";
  if (mimeType.startsWith("video/")) return "video";
  if (mimeType === "application/pdf" || extension === ".pdf") return "pdf";
  if (archiveExtensions.has(extension) || mimeType === "application/zip") return "archive";
  if (codeExtensions.has(extension)) return "code";
  if (textExtensions.has(extension) || mimeType.startsWith("text/")) return "text";
  return "file";
}
