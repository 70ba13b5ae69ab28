import { lstatSync } from "node:fs";
import { basename, join } from "node:path";
import type { AttachmentBlock, ChatHistoryMessage } from "@covalt/contracts";
import { CovaltError, normalizeWorkspacePath } from "@covalt/core";
import { mimeTypeOf } from "../http/routes/file-encoding.js";

/** Images vision models take as image parts; anything else is named to the model by path. */
const imageTypes = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
const maxImageBytes = 5 * 1024 * 1024;
/** Older images stay out of the prompt (they are still named in the text): prompts stay bounded. */
const maxImagesPerRequest = 10;

/** Attachment blocks for files the user uploaded into the workspace before sending. */
export function attachmentBlocks(workspaceDir: string, paths: readonly string[]): AttachmentBlock[] {
  return paths.map((requested, index) => {
    const normalized = normalizeWorkspacePath(requested);
    if (!normalized.ok)
      throw new CovaltError("workspace-path-invalid", `Attachment ${requested}: ${normalized.reason}`);
    const info = (() => {
      try {
        return lstatSync(join(workspaceDir, normalized.path));
      } catch {
        return undefined;
      }
    })();
    if (info?.isFile() !== true) {
      throw new CovaltError(
        "validation-failed",
        `The attachment ${normalized.path} is not in the workspace; upload it first.`,
      );
    }
    return {
      type: "attachment",
      id: `attachment-${index}`,
      name: basename(normalized.path),
      mimeType: mimeTypeOf(normalized.path, "base64"),
      size: info.size,
      path: normalized.path,
    };
  });
}

/**
 * The history with attached images loaded as image parts, newest first up to the limit. A copy:
 * the cached history keeps paths only, so images never pile up in memory between runs.
 */
export async function withImages(
  history: readonly ChatHistoryMessage[],
  readFile: (path: string) => Promise<Buffer>,
): Promise<ChatHistoryMessage[]> {
  let budget = maxImagesPerRequest;
  const result = [...history];
  for (let index = result.length - 1; index >= 0 && budget > 0; index--) {
    const message = result[index];
    const images = (message?.attachments ?? []).filter(
      (file) => imageTypes.has(file.mimeType) && file.size <= maxImageBytes,
    );
    if (message === undefined || images.length === 0) continue;
    const loaded: { mediaType: string; data: string }[] = [];
    for (const image of images.slice(0, budget)) {
      const bytes = await readFile(image.path).catch(() => undefined);
      if (bytes !== undefined) loaded.push({ mediaType: image.mimeType, data: bytes.toString("base64") });
    }
    budget -= loaded.length;
    result[index] = { ...message, images: loaded };
  }
  return result;
}
