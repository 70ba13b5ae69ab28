import { builtinNodes } from "@covalt/plugin-nodes/server";
import { builtinProviderCatalog } from "@covalt/plugin-providers/server";
import { builtinToolsetDirs } from "@covalt/plugin-toolsets/server";
import { ChatStore } from "./chats/chat-store.js";
import { ChatTitler } from "./chats/chat-titles.js";
import { ConversationService } from "./chats/conversation-service.js";
import type { Database } from "./db/database.js";
import { AppEventBus } from "./events/app-event-bus.js";
import type { Logger } from "./logging/logger.js";
import { LanguageModelHost, type ModelTimeouts } from "./providers/language-model-host.js";
import { ProviderService } from "./providers/provider-service.js";
import { ProviderStore } from "./providers/provider-store.js";
import { WorkspaceFolders } from "./chats/workspace-folders.js";
import { recoverInterruptedRuns } from "./runs/recover-interrupted-runs.js";
import { ChatActivityTracker } from "./runs/chat-activity.js";
import { RunService } from "./runs/run-service.js";
import type { SecretsVault } from "./secrets/secrets-vault.js";
import { SettingsStore } from "./settings/settings-store.js";
import { ChatWorkspaces } from "./chats/chat-workspaces.js";
import { MessageManifests } from "./chats/message-manifests.js";
import { ToolsetHost } from "./toolsets/toolset-host.js";
import { Workspaces } from "./workspace/workspaces.js";
import { DrizzleMcpServerStore } from "./mcp/drizzle-mcp-server-store.js";
import { McpHost } from "./mcp/mcp-host.js";
import { McpInteractionBroker } from "./mcp/mcp-interaction-broker.js";
import { ApprovalBroker } from "./tools/approval-broker.js";
import { ArgumentValidator } from "./tools/argument-validator.js";
import type { ToolServices } from "./tools/run-tools.js";
import { ToolExecutors } from "./tools/tool-executors.js";
import { ToolPolicyStore } from "./tools/tool-policy-store.js";
import { ToolRegistry } from "./tools/tool-registry.js";

export interface Services {
  events: AppEventBus;
  providers: ProviderService;
  chats: ChatStore;
  runs: RunService;
  /** Which chats stream and which wait for the user, for the chat list. */
  activity: ChatActivityTracker;
  settings: SettingsStore;
  conversations: ConversationService;
  tools: ToolServices;
  toolsets: ToolsetHost;
  workspaces: ChatWorkspaces;
  mcp: McpHost;
  /** MCP elicitation and sampling requests waiting for the user. */
  mcpInteractions: McpInteractionBroker;
  db: Database["db"];
  /** Stops what runs beside requests: toolset processes. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  dataDir: string;
  database: Database;
  vault: SecretsVault;
  logger: Logger;
  modelTimeouts: ModelTimeouts;
}

/** Builds the application services once, in dependency order. */
export async function createServices({
  dataDir,
  database,
  vault,
  logger,
  modelTimeouts,
}: ServiceOptions): Promise<Services> {
  const events = new AppEventBus();
  const providerStore = new ProviderStore(database.db, vault);
  const providers = new ProviderService(builtinProviderCatalog, providerStore);
  const models = new LanguageModelHost(providers, providerStore, modelTimeouts);
  const chats = new ChatStore(database.db);
  const settings = new SettingsStore(database.db);
  const titler = new ChatTitler(chats, models, events, logger, () => settings.get().titleModel ?? undefined);

  const interrupted = recoverInterruptedRuns(database.db);
  if (interrupted.length > 0)
    logger.warn({ runs: interrupted.length }, "marked runs cut off by the last shutdown as interrupted");

  const toolsets = await ToolsetHost.open({ dataDir, builtinDirs: builtinToolsetDirs, logger });
  const mcpInteractions: McpInteractionBroker = new McpInteractionBroker({
    events,
    serverName: (serverId): string => mcp.server(serverId)?.name ?? serverId,
    chatOf: (serverId): string | undefined => mcp.chatOf(serverId),
    // Sampling runs on the model of the chat's current answer, else the title model.
    modelFor: (chatId) => {
      const chat = chatId === undefined ? undefined : chats.get(chatId);
      const leaf =
        chat?.activeLeafId === undefined || chat.activeLeafId === null ? undefined : chats.message(chat.activeLeafId);
      return leaf?.model ?? chat?.model ?? settings.get().titleModel ?? undefined;
    },
    languageModel: (model) => models.languageModel(model.providerId, model.modelId).model,
  });
  const mcp: McpHost = new McpHost({
    store: new DrizzleMcpServerStore(database.db, vault),
    events,
    callbacks: mcpInteractions.callbacks,
  });
  // Eager servers connect in the background; a server that fails shows its error in Settings.
  void mcp.start().catch((error: unknown) => logger.warn({ err: error }, "MCP servers could not all start"));
  const workspaces = new ChatWorkspaces(
    new Workspaces({ dataDir, sqlite: database.sqlite, logger }),
    new MessageManifests(database.db),
    chats,
    events,
    new WorkspaceFolders(database.db),
  );
  await workspaces.recover(interrupted, (error, chatId) => {
    logger.error({ err: error, chatId }, "could not repair a chat's workspace after the last shutdown");
  });
  const policies = new ToolPolicyStore(database.db);
  const activity = new ChatActivityTracker(events);
  const validator = new ArgumentValidator();
  const tools: ToolServices = {
    registry: new ToolRegistry(policies, [
      { list: () => toolsets.list().map((toolset) => ({ kind: "toolset" as const, ...toolset })) },
      mcp,
    ]),
    policies,
    validator,
    broker: new ApprovalBroker(
      (tool, input) => validator.validate(tool, input),
      (runId, waiting) => activity.approvalsChanged(runId, waiting),
    ),
    executors: new ToolExecutors(toolsets, mcp, (chatId) => workspaces.dirOf(chatId)),
  };

  const runs = new RunService({
    db: database.db,
    sqlite: database.sqlite,
    chats,
    models,
    nodes: builtinNodes,
    tools,
    workspaces,
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
  const conversations = new ConversationService(chats, runs, events, workspaces);
  return {
    events,
    providers,
    chats,
    runs,
    activity,
    settings,
    conversations,
    tools,
    toolsets,
    workspaces,
    mcp,
    mcpInteractions,
    db: database.db,
    close: async () => {
      mcpInteractions.close();
      activity.close();
      await mcp.close();
      await toolsets.close();
      await workspaces.engine.close();
    },
  };
}
