import { builtinNodes } from "@covalt/plugin-nodes/server";
import { builtinProviderCatalog } from "@covalt/plugin-providers/server";
import { ChatStore } from "./chats/chat-store.js";
import { ChatTitler } from "./chats/chat-titles.js";
import { ConversationService } from "./chats/conversation-service.js";
import type { Database } from "./db/database.js";
import { AppEventBus } from "./events/app-event-bus.js";
import type { Logger } from "./logging/logger.js";
import { LanguageModelHost, type ModelTimeouts } from "./providers/language-model-host.js";
import { ProviderService } from "./providers/provider-service.js";
import { ProviderStore } from "./providers/provider-store.js";
import { recoverInterruptedRuns } from "./runs/recover-interrupted-runs.js";
import { RunService } from "./runs/run-service.js";
import type { SecretsVault } from "./secrets/secrets-vault.js";
import { SettingsStore } from "./settings/settings-store.js";

export interface Services {
  events: AppEventBus;
  providers: ProviderService;
  chats: ChatStore;
  runs: RunService;
  settings: SettingsStore;
  conversations: ConversationService;
  db: Database["db"];
}

export interface ServiceOptions {
  database: Database;
  vault: SecretsVault;
  logger: Logger;
  modelTimeouts: ModelTimeouts;
}

/** Builds the application services once, in dependency order. */
export function createServices({ database, vault, logger, modelTimeouts }: ServiceOptions): Services {
  const events = new AppEventBus();
  const providerStore = new ProviderStore(database.db, vault);
  const providers = new ProviderService(builtinProviderCatalog, providerStore);
  const models = new LanguageModelHost(providers, providerStore, modelTimeouts);
  const chats = new ChatStore(database.db);
  const settings = new SettingsStore(database.db);
  const titler = new ChatTitler(chats, models, events, logger, () => settings.get().titleModel ?? undefined);

  const recovered = recoverInterruptedRuns(database.db);
  if (recovered > 0) logger.warn({ runs: recovered }, "marked runs cut off by the last shutdown as interrupted");

  const runs = new RunService({
    db: database.db,
    sqlite: database.sqlite,
    chats,
    models,
    nodes: builtinNodes,
    events,
    logger,
    onRunEnd(run) {
      if (chats.get(run.chatId)?.title !== "") return;
      const first = chats.firstMessage(run.chatId);
      const model = chats.message(run.messageId)?.model;
      if (first?.role !== "user" || model === undefined || model === null) return;
      const text = first.content.blocks.map((block) => (block.type === "text" ? block.text : "")).join("");
      // Off the request path and possibly racing shutdown: a title that cannot be saved is skipped.
      titler.titleIfUntitled(run.chatId, text, model).catch((error: unknown) => {
        logger.debug({ err: error, chatId: run.chatId }, "chat title skipped");
      });
    },
  });
  const conversations = new ConversationService(chats, runs, events);
  return { events, providers, chats, runs, settings, conversations, db: database.db };
}
