import { apiRoutes } from "@covalt/contracts";
import { isApiError } from "../../../shared/api/api-error.js";
import { callApi } from "../../../shared/api/call-api.js";
import { errorMessage } from "../../../shared/api/error-message.js";
import { useDraftStore } from "../composer/draft-store.js";
import {
  attachmentProblem,
  isGenericPastedName,
  isPreviewableImage,
  maxAttachmentsPerMessage,
  pastedImageName,
  safeFileName,
} from "./attachment-files.js";
import { base64FromBytes } from "./base64.js";
import type { DraftAttachment, SentAttachment } from "./draft-attachment.js";
import { createLimiter, writeUnderFreeName } from "./unique-upload.js";

/** A few uploads at a time: twenty 10 MB files at once would hold 270 MB of base64 in memory. */
const limit = createLimiter(3);
const inFlight = new Map<string, AbortController>();
let counter = 0;

function attachmentsOf(key: string): DraftAttachment[] {
  return useDraftStore.getState().drafts[key]?.attachments ?? [];
}

function find(key: string, id: string): DraftAttachment | undefined {
  return attachmentsOf(key).find((attachment) => attachment.id === id);
}

function isNameTaken(error: unknown): boolean {
  return isApiError(error) && error.kind === "http" && error.code === "workspace-conflict";
}

/** Uploads one file into `attachments/` of the chat's workspace under a free name. */
export async function uploadFile(chatId: string, name: string, file: File, signal?: AbortSignal) {
  const content = base64FromBytes(await file.arrayBuffer());
  return writeUnderFreeName(
    name,
    (path) =>
      callApi(apiRoutes.writeWorkspaceFile, {
        params: { chatId },
        body: { path, encoding: "base64", content, baseHash: null },
        signal,
      }),
    isNameTaken,
  );
}

/** Uploads a draft's attachment into `chatId`; the chip shows the progress. False when it failed. */
export async function uploadAttachment(key: string, chatId: string, id: string): Promise<boolean> {
  const attachment = find(key, id);
  if (attachment?.file === undefined || attachment.fatal === true) return false;
  if (attachment.path !== undefined) return true;
  const { patchAttachment } = useDraftStore.getState();
  const controller = new AbortController();
  inFlight.get(id)?.abort();
  inFlight.set(id, controller);
  patchAttachment(key, id, { state: "uploading", error: undefined });
  try {
    const file = attachment.file;
    const uploaded = await limit(() => {
      controller.signal.throwIfAborted();
      return uploadFile(chatId, attachment.name, file, controller.signal);
    });
    patchAttachment(key, id, {
      state: "ready",
      name: uploaded.name,
      path: uploaded.path,
      size: uploaded.result.size,
    });
    return true;
  } catch (error) {
    if (!controller.signal.aborted) {
      patchAttachment(key, id, {
        state: "error",
        error: `Could not upload ${attachment.name}: ${errorMessage(error)}`,
      });
    }
    return false;
  } finally {
    if (inFlight.get(id) === controller) inFlight.delete(id);
  }
}

/** The new-chat page holds the bytes in memory (read now, so an unreadable file shows at once). */
async function holdInMemory(key: string, id: string): Promise<void> {
  const attachment = find(key, id);
  if (attachment?.file === undefined) return;
  const { patchAttachment } = useDraftStore.getState();
  patchAttachment(key, id, { state: "uploading", error: undefined });
  try {
    const bytes = await attachment.file.arrayBuffer();
    const file = new File([bytes], attachment.name, { type: attachment.mimeType });
    patchAttachment(key, id, { state: "ready", file });
  } catch (error) {
    patchAttachment(key, id, { state: "error", error: `Could not read ${attachment.name}: ${errorMessage(error)}` });
  }
}

/**
 * Attaches files to a draft: a chip each, uploaded at once into an existing chat's workspace, or
 * held until the send creates the chat. Too large files become error chips and are not uploaded;
 * files over the per-message limit are left out, and the sentence saying so is returned.
 */
export function attachFiles(
  key: string,
  chatId: string | undefined,
  files: readonly File[],
  options: { pasted?: boolean; now?: Date } = {},
): string | undefined {
  const room = Math.max(0, maxAttachmentsPerMessage - attachmentsOf(key).length);
  const taken = files.slice(0, room);
  const added = taken.map((file): DraftAttachment => {
    const mimeType = file.type || "application/octet-stream";
    const name =
      options.pasted === true && mimeType.startsWith("image/") && isGenericPastedName(file.name)
        ? pastedImageName(mimeType, options.now ?? new Date())
        : safeFileName(file.name);
    counter++;
    const id = `attachment-${String(Date.now())}-${String(counter)}`;
    const problem = attachmentProblem(name, file.size);
    if (problem !== undefined) {
      return { id, name, size: file.size, mimeType, file: undefined, state: "error", error: problem, fatal: true };
    }
    const previewUrl = isPreviewableImage(mimeType) ? URL.createObjectURL(file) : undefined;
    return { id, name, size: file.size, mimeType, file, previewUrl, state: chatId ? "uploading" : "ready" };
  });
  useDraftStore.getState().addAttachments(key, added);
  for (const attachment of added) {
    if (attachment.fatal === true) continue;
    if (chatId === undefined) void holdInMemory(key, attachment.id);
    else void uploadAttachment(key, chatId, attachment.id);
  }
  const left = files.length - taken.length;
  if (left === 0) return undefined;
  return `Attach at most ${String(maxAttachmentsPerMessage)} files to one message; ${String(left)} ${left === 1 ? "file was" : "files were"} left out.`;
}

/** Tries a failed chip again: uploads into the chat, or re-reads the file on the new-chat page. */
export function retryAttachment(key: string, chatId: string | undefined, id: string): void {
  if (chatId === undefined) void holdInMemory(key, id);
  else void uploadAttachment(key, chatId, id);
}

function release(attachments: readonly DraftAttachment[]): void {
  for (const attachment of attachments) {
    inFlight.get(attachment.id)?.abort();
    inFlight.delete(attachment.id);
    if (attachment.previewUrl !== undefined) URL.revokeObjectURL(attachment.previewUrl);
  }
}

/** Takes chips off a draft. An uploaded file stays in the workspace; an upload under way stops. */
export function removeAttachments(key: string, ids: readonly string[]): void {
  release(attachmentsOf(key).filter((attachment) => ids.includes(attachment.id)));
  useDraftStore.getState().dropAttachments(key, ids);
}

/**
 * Makes sure the attachments being sent are in `chatId`'s workspace (the new-chat page uploads
 * them now, right after creating the chat) and answers what the send refers to, in chip order.
 */
export async function uploadForSend(key: string, chatId: string, ids: readonly string[]): Promise<SentAttachment[]> {
  const results = await Promise.all(ids.map((id) => uploadAttachment(key, chatId, id)));
  const failed = ids.filter((_id, index) => results[index] !== true).length;
  if (failed > 0) {
    throw new Error(
      failed === 1 ? "An attachment could not be uploaded." : `${String(failed)} attachments could not be uploaded.`,
    );
  }
  return ids.flatMap((id) => {
    const attachment = find(key, id);
    if (attachment?.path === undefined) return [];
    return [{ path: attachment.path, name: attachment.name, size: attachment.size, mimeType: attachment.mimeType }];
  });
}

/**
 * A first send that failed after creating its chat: the chips move along with the text, and
 * those not uploaded yet go into the new chat's workspace now.
 */
export function moveAttachments(fromKey: string, toChatId: string): void {
  const moving = attachmentsOf(fromKey);
  if (moving.length === 0) return;
  const { dropAttachments, addAttachments } = useDraftStore.getState();
  dropAttachments(
    fromKey,
    moving.map((attachment) => attachment.id),
  );
  addAttachments(toChatId, moving);
  for (const attachment of moving) {
    if (attachment.path === undefined && attachment.state === "ready") {
      void uploadAttachment(toChatId, toChatId, attachment.id);
    }
  }
}

/** Whether any chip of the draft is still uploading (or being read): sending waits for it. */
export function hasPendingUploads(attachments: readonly DraftAttachment[] | undefined): boolean {
  return attachments?.some((attachment) => attachment.state === "uploading") === true;
}
