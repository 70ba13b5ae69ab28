import type { WorkspaceFileContent } from "@covalt/contracts";
import { extensionOf } from "../workspace-paths.js";

/** How the artifact panel shows a file. */
export type FileKind = "markdown" | "html" | "svg" | "text" | "image" | "binary";

const imageTypes: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
};
const shownImageTypes = new Set(Object.values(imageTypes));

/** The image type an <img> may show the file as, or null. SVG inside <img> runs no scripts. */
export function imageTypeOf(path: string, mimeType: string): string | null {
  const declared = mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (shownImageTypes.has(declared)) return declared;
  return imageTypes[extensionOf(path)] ?? null;
}

/**
 * Text is only what the server sent as UTF-8; base64 content stays bytes even when its type says
 * text, since the server only falls back to base64 for content that is not valid UTF-8.
 */
export function fileKindOf(file: Pick<WorkspaceFileContent, "path" | "mimeType" | "encoding">): FileKind {
  const extension = extensionOf(file.path);
  if (file.encoding === "base64") return imageTypeOf(file.path, file.mimeType) === null ? "binary" : "image";
  if (extension === "md" || extension === "markdown" || file.mimeType.startsWith("text/markdown")) return "markdown";
  if (extension === "html" || extension === "htm" || file.mimeType.startsWith("text/html")) return "html";
  if (extension === "svg" || file.mimeType.startsWith("image/svg+xml")) return "svg";
  return "text";
}

/** Kinds with a rendered view beside the editor. */
export function hasPreview(kind: FileKind): boolean {
  return kind === "markdown" || kind === "html" || kind === "svg";
}

/** A data URL for an image file: base64 content as it is, SVG text percent-encoded. */
export function imageDataUrl(file: Pick<WorkspaceFileContent, "path" | "mimeType" | "encoding">, content: string) {
  const type = imageTypeOf(file.path, file.mimeType);
  if (type === null) return null;
  return file.encoding === "base64"
    ? `data:${type};base64,${content}`
    : `data:${type};charset=utf-8,${encodeURIComponent(content)}`;
}
