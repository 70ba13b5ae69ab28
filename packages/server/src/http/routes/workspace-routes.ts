import { createHash } from "node:crypto";
import { apiRoutes, type WorkspaceFileContent } from "@covalt/contracts";
import { CovaltError, diffManifests } from "@covalt/core";
import type { Hono } from "hono";
import type { ChatStore } from "../../chats/chat-store.js";
import type { ChatWorkspaces } from "../../chats/chat-workspaces.js";
import { workspaceTree } from "../../chats/workspace-tree.js";
import { StaleWriteError } from "../../workspace/index.js";
import { registerRoute } from "../register-route.js";
import { fileEncoding, mimeTypeOf } from "./file-encoding.js";
import { registerWorkspaceDownload } from "./workspace-download.js";

const maxWriteBytes = 10 * 1024 * 1024;

function sha256(content: Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The workspace API: browse, read (now or at any message), edit with conflict detection, diff, restore. */
export function registerWorkspaceRoutes(app: Hono, chats: ChatStore, workspaces: ChatWorkspaces): void {
  const { engine } = workspaces;
  const requireChat = (chatId: string | undefined) => {
    const chat = chats.get(chatId ?? "");
    if (chat === undefined) throw new CovaltError("not-found", `There is no chat ${chatId ?? ""}.`);
    return chat;
  };
  /** The files as they were when a message ended; `not-found` for a message of another chat. */
  const manifestOf = (chatId: string, messageId: string) => {
    if (chats.message(messageId)?.chatId !== chatId) {
      throw new CovaltError("not-found", `Message ${messageId} is not in this chat.`);
    }
    return workspaces.manifests.manifestWhenEnded(messageId);
  };
  const filesOf = async (manifestId: string | null) => (manifestId === null ? {} : await engine.files(manifestId));

  registerRoute(app, apiRoutes.workspaceTree, async ({ params }) => {
    const chat = requireChat(params.chatId);
    const onDisk = workspaces.onDisk(chat.id);
    const leaf = chat.activeLeafId === null ? undefined : chats.message(chat.activeLeafId);
    // "Changed in the last run": what the answer at the end of this branch changed.
    const before = leaf?.role === "assistant" ? workspaces.manifests.manifestAt(leaf.parentId) : onDisk;
    const changes = diffManifests(await filesOf(before), await filesOf(onDisk));
    return {
      manifestId: onDisk,
      entries: await workspaceTree(workspaces.dirOf(chat.id), await filesOf(onDisk), changes),
    };
  });

  registerRoute(app, apiRoutes.readWorkspaceFile, async ({ params, query }) => {
    const chat = requireChat(params.chatId);
    const manifestId = query.at === undefined ? undefined : manifestOf(chat.id, query.at);
    if (manifestId === null) throw new CovaltError("not-found", `${query.path} did not exist yet at that message.`);
    const content = await engine.readFile(chat.id, query.path, manifestId);
    const encoding = fileEncoding(content);
    const file: WorkspaceFileContent = {
      path: query.path,
      encoding,
      content: content.toString(encoding),
      mimeType: mimeTypeOf(query.path, encoding),
      size: content.length,
      hash: sha256(content),
    };
    return file;
  });

  registerRoute(app, apiRoutes.writeWorkspaceFile, async ({ params, body }) => {
    const chat = requireChat(params.chatId);
    const content = Buffer.from(body.content, body.encoding);
    if (content.length > maxWriteBytes) {
      throw new CovaltError("payload-too-large", "A file written through the API may be at most 10 MB.");
    }
    await engine.writeFile(chat.id, body.path, content, { expectedHash: body.baseHash }).catch((error: unknown) => {
      // Only the stale base is reworded; other conflicts (a folder there, a name that clashes by
      // case) already say what is wrong and must reach the user as they are.
      if (!(error instanceof StaleWriteError)) throw error;
      throw new CovaltError(
        "workspace-conflict",
        body.baseHash === null
          ? `${body.path} already exists; open it to edit it.`
          : `${body.path} changed since you opened it; reload it or save again to keep your version.`,
      );
    });
    await workspaces.afterUserEdit(chat.id);
    return {
      path: body.path,
      encoding: body.encoding,
      mimeType: mimeTypeOf(body.path, body.encoding),
      size: content.length,
      hash: sha256(content),
    };
  });

  registerRoute(app, apiRoutes.deleteWorkspaceFile, async ({ params, query }) => {
    const chat = requireChat(params.chatId);
    await engine.deleteFile(chat.id, query.path);
    await workspaces.afterUserEdit(chat.id);
    return { ok: true as const };
  });

  registerRoute(app, apiRoutes.renameWorkspaceFile, async ({ params, body }) => {
    const chat = requireChat(params.chatId);
    await engine.renameFile(chat.id, body.from, body.to);
    await workspaces.afterUserEdit(chat.id);
    return { ok: true as const };
  });

  registerRoute(app, apiRoutes.createWorkspaceFolder, async ({ params, body }) => {
    const chat = requireChat(params.chatId);
    await engine.createFolder(chat.id, body.path);
    return { ok: true as const };
  });

  registerRoute(app, apiRoutes.listWorkspaceManifests, async ({ params }) => {
    const chat = requireChat(params.chatId);
    const messageOf = workspaces.manifests.messagesByManifest(chat.id);
    const summaries = await engine.summaries(chat.id);
    return { manifests: summaries.map((summary) => ({ ...summary, messageId: messageOf.get(summary.id) ?? null })) };
  });

  registerRoute(app, apiRoutes.diffWorkspace, async ({ params, query }) => {
    const chat = requireChat(params.chatId);
    const from = manifestOf(chat.id, query.from);
    const to = query.to === undefined ? workspaces.onDisk(chat.id) : manifestOf(chat.id, query.to);
    return { changes: diffManifests(await filesOf(from), await filesOf(to)) };
  });

  registerRoute(app, apiRoutes.restoreWorkspaceFile, async ({ params, body }) => {
    const chat = requireChat(params.chatId);
    const manifestId = manifestOf(chat.id, body.messageId);
    if (manifestId === null) throw new CovaltError("not-found", `${body.path} did not exist at that message.`);
    const content = await engine.readFile(chat.id, body.path, manifestId);
    await engine.writeFile(chat.id, body.path, content);
    await workspaces.afterUserEdit(chat.id);
    return { ok: true as const };
  });

  registerWorkspaceDownload(app, (chatId) => requireChat(chatId).id, workspaces);
}
