import { apiRoutes } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Hono } from "hono";
import type { ChatStore } from "../../chats/chat-store.js";
import type { ChatWorkspaces } from "../../chats/chat-workspaces.js";
import type { AppEventBus } from "../../events/app-event-bus.js";
import { newId } from "../../ids/new-id.js";
import type { ChatActivityTracker } from "../../runs/chat-activity.js";
import type { RunService } from "../../runs/run-service.js";
import { registerRoute } from "../register-route.js";
import { checkToolSelection } from "./tool-routes.js";

export function registerChatRoutes(
  app: Hono,
  {
    chats,
    runs,
    events,
    workspaces,
    activity,
  }: {
    chats: ChatStore;
    runs: RunService;
    events: AppEventBus;
    workspaces: ChatWorkspaces;
    activity: ChatActivityTracker;
  },
): void {
  const requireChat = (chatId: string | undefined) => {
    const chat = chats.get(chatId ?? "");
    if (chat === undefined) throw new CovaltError("not-found", `There is no chat ${chatId ?? ""}.`);
    return chat;
  };

  registerRoute(app, apiRoutes.listChats, () => ({ chats: chats.list() }));
  registerRoute(app, apiRoutes.listChatActivity, () => ({ chats: activity.list() }));
  registerRoute(app, apiRoutes.createChat, ({ body }) => {
    checkToolSelection(body.tools);
    const chat = chats.create(newId("chat"), body.title ?? "", body.model ?? null, Date.now(), body.tools ?? []);
    events.publish({ type: "chat-update", chatId: chat.id, change: "created" });
    return chat;
  });
  registerRoute(app, apiRoutes.getChat, ({ params }) => {
    const chat = requireChat(params.chatId);
    return { chat, messages: liveMessages(chats.path(chat.activeLeafId), runs) };
  });
  registerRoute(app, apiRoutes.updateChat, ({ params, body }) => {
    const chat = requireChat(params.chatId);
    checkToolSelection(body.tools);
    chats.update(chat.id, { ...body, updatedAt: Date.now() });
    if (body.title !== undefined)
      events.publish({ type: "chat-update", chatId: chat.id, change: "renamed", title: body.title });
    return requireChat(chat.id);
  });
  registerRoute(app, apiRoutes.deleteChat, async ({ params }) => {
    const chat = requireChat(params.chatId);
    for (const run of runs.registry.active()) if (run.chatId === chat.id) run.abortController.abort();
    chats.delete(chat.id);
    // Its files go too: the folder, its manifests, and blobs no other chat shares.
    await workspaces.engine.deleteChat(chat.id);
    workspaces.forget(chat.id);
    events.publish({ type: "chat-update", chatId: chat.id, change: "deleted" });
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.sendMessage, ({ params, body }) => {
    const chat = requireChat(params.chatId);
    checkToolSelection(body.tools);
    return runs.sendMessage(chat.id, body.content, body.model, body.parentId, {
      ...(body.tools === undefined ? {} : { tools: body.tools }),
      ...(body.attachments === undefined ? {} : { attachments: body.attachments.map((file) => file.path) }),
    });
  });
  registerRoute(app, apiRoutes.getRun, ({ params }) => runs.getRun(params.runId ?? ""));
  registerRoute(app, apiRoutes.cancelRun, ({ params }) => runs.cancel(params.runId ?? ""));
}

/** A message still streaming is served with its live content, fresher than the last checkpoint. */
function liveMessages(messages: ReturnType<ChatStore["path"]>, runs: RunService) {
  return messages.map((message) => {
    const live = message.runId === null ? undefined : runs.registry.get(message.runId);
    return live === undefined ? message : { ...message, content: live.content, status: live.content.status };
  });
}
