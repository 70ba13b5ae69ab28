import { apiRoutes } from "@covalt/contracts";
import type { Hono } from "hono";
import type { ConversationService } from "../../chats/conversation-service.js";
import type { RunService } from "../../runs/run-service.js";
import { registerRoute } from "../register-route.js";

export function registerTreeRoutes(app: Hono, conversations: ConversationService, runs: RunService): void {
  const param = (value: string | undefined) => value ?? "";
  registerRoute(app, apiRoutes.listMessages, ({ params, query }) => conversations.page(param(params.chatId), query));
  registerRoute(app, apiRoutes.switchBranch, ({ params, body }) =>
    conversations.switchBranch(param(params.chatId), body.messageId),
  );
  registerRoute(app, apiRoutes.branchMap, ({ params }) => conversations.branchMap(param(params.chatId)));
  registerRoute(app, apiRoutes.forkChat, ({ params, body }) =>
    conversations.fork(param(params.chatId), body.messageId),
  );
  registerRoute(app, apiRoutes.retryMessage, ({ params, body }) => runs.retry(param(params.messageId), body.model));
  registerRoute(app, apiRoutes.continueMessage, ({ params }) => runs.continueMessage(param(params.messageId)));
  registerRoute(app, apiRoutes.deleteMessage, ({ params }) => conversations.deleteSubtree(param(params.messageId)));
}
