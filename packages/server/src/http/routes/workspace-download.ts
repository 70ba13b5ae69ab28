import { CovaltError } from "@covalt/core";
import { zip, type Zippable } from "fflate";
import type { Hono } from "hono";
import type { ChatWorkspaces } from "../../chats/chat-workspaces.js";

/**
 * `GET /api/chats/:chatId/workspace/download?path=<folder>`: the folder (`.` for everything) as a
 * zip of the files recorded now. Binary, so it sits beside the JSON contract routes, like the SSE
 * stream of a run.
 */
export function registerWorkspaceDownload(
  app: Hono,
  requireChat: (chatId: string) => string,
  workspaces: ChatWorkspaces,
): void {
  app.get("/api/chats/:chatId/workspace/download", async (context) => {
    const chatId = requireChat(context.req.param("chatId"));
    const folder = (context.req.query("path") ?? ".").replace(/^\.\/?$/, "").replace(/\/+$/, "");
    const manifestId = workspaces.onDisk(chatId);
    const files = manifestId === null ? {} : await workspaces.engine.files(manifestId);
    const prefix = folder === "" ? "" : `${folder}/`;
    const chosen = Object.keys(files).filter((path) => path.startsWith(prefix));
    if (chosen.length === 0) throw new CovaltError("not-found", `There are no files in ${folder || "this workspace"}.`);
    const archive: Zippable = {};
    for (const path of chosen) {
      archive[path.slice(prefix.length)] = new Uint8Array(await workspaces.engine.readFile(chatId, path));
    }
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      zip(archive, { level: 6 }, (error, data) => (error === null ? resolve(data) : reject(error)));
    });
    const name = (folder === "" ? "workspace" : (folder.split("/").at(-1) ?? "folder")).replace(/[^\w.-]+/g, "_");
    context.header("Content-Type", "application/zip");
    context.header("Content-Disposition", `attachment; filename="${name}.zip"`);
    return context.body(bytes.slice());
  });
}
