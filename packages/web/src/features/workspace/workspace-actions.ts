import { apiRoutes, type WorkspaceEntry } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { contentBytes, encodeBytes, maximumUploadBytes } from "./files/file-bytes.js";
import { followWorkspaceMove, forgetWorkspacePath, openWorkspaceFile } from "./panel/workspace-panel-store.js";
import { baseName, formatSize, joinPath } from "./workspace-paths.js";
import { refreshWorkspaceListing, workspaceFileQuery } from "./workspace-queries.js";

/** Files above the limit, named, so the user knows which to leave out. */
export function oversizedUploads(files: readonly File[]): string | null {
  const tooLarge = files.filter((file) => file.size > maximumUploadBytes);
  if (tooLarge.length === 0) return null;
  const names = tooLarge.map((file) => `${file.name} (${formatSize(file.size)})`).join(", ");
  return `Files up to ${formatSize(maximumUploadBytes)} can be uploaded; ${names} ${tooLarge.length === 1 ? "is" : "are"} larger.`;
}

/**
 * Uploads into `folder`. A file already there is replaced on top of the hash the tree shows, so a
 * tool's newer write still surfaces as a conflict instead of being lost silently.
 */
export async function uploadFiles(
  queryClient: QueryClient,
  chatId: string,
  folder: string,
  files: readonly File[],
  entries: readonly WorkspaceEntry[],
): Promise<void> {
  const problem = oversizedUploads(files);
  if (problem !== null) throw new Error(problem);
  try {
    for (const file of files) {
      const path = joinPath(folder, file.name);
      const existing = entries.find((entry) => entry.path === path && entry.kind === "file");
      const encoded = encodeBytes(new Uint8Array(await file.arrayBuffer()));
      await callApi(apiRoutes.writeWorkspaceFile, {
        params: { chatId },
        body: { path, ...encoded, baseHash: existing?.hash ?? null },
      });
    }
  } finally {
    await refreshWorkspaceListing(queryClient, chatId);
  }
}

export async function createFile(queryClient: QueryClient, chatId: string, path: string): Promise<void> {
  await callApi(apiRoutes.writeWorkspaceFile, {
    params: { chatId },
    body: { path, encoding: "utf8", content: "", baseHash: null },
  });
  await refreshWorkspaceListing(queryClient, chatId);
  openWorkspaceFile(chatId, path);
}

export async function createFolder(queryClient: QueryClient, chatId: string, path: string): Promise<void> {
  await callApi(apiRoutes.createWorkspaceFolder, { params: { chatId }, body: { path } });
  await refreshWorkspaceListing(queryClient, chatId);
}

export async function renameEntry(queryClient: QueryClient, chatId: string, from: string, to: string): Promise<void> {
  await callApi(apiRoutes.renameWorkspaceFile, { params: { chatId }, body: { from, to } });
  followWorkspaceMove(chatId, from, to);
  await refreshWorkspaceListing(queryClient, chatId);
}

export async function deleteEntry(queryClient: QueryClient, chatId: string, path: string): Promise<void> {
  await callApi(apiRoutes.deleteWorkspaceFile, { params: { chatId }, query: { path } });
  // The user asked for it: close the tabs rather than greet them with "deleted".
  forgetWorkspacePath(chatId, path);
  await refreshWorkspaceListing(queryClient, chatId);
}

export async function restoreVersion(
  queryClient: QueryClient,
  chatId: string,
  path: string,
  messageId: string,
): Promise<void> {
  await callApi(apiRoutes.restoreWorkspaceFile, { params: { chatId }, body: { path, messageId } });
  await Promise.all([
    refreshWorkspaceListing(queryClient, chatId),
    queryClient.invalidateQueries({ queryKey: workspaceFileQuery(chatId, path).queryKey }),
  ]);
}

/** A folder (or "." for everything) as a zip, streamed by the server with the session cookie. */
export function folderDownloadUrl(chatId: string, folder: string): string {
  const path = folder === "" ? "." : folder;
  return `/api/chats/${encodeURIComponent(chatId)}/workspace/download?path=${encodeURIComponent(path)}`;
}

/** Saves one file through the browser, byte for byte as the server holds it. */
export async function downloadFile(queryClient: QueryClient, chatId: string, path: string): Promise<void> {
  const file = await queryClient.query(workspaceFileQuery(chatId, path));
  const bytes = contentBytes(file);
  // A copy has a buffer of its own, exactly the file's length.
  const blob = new Blob([bytes.slice()], { type: file.mimeType || "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = baseName(path);
  link.click();
  // The click starts the download synchronously; the URL can go once the browser has it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
