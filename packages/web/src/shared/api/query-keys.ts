/**
 * Every query key in one place, so an invalidation names exactly what it refreshes. Keys are
 * grouped by what one server change invalidates together: everything under `chat(id)` (its
 * loaded messages, its branch map) refreshes when that chat changes.
 */
export const queryKeys = {
  chatList: ["chat-list"] as const,
  chat: (chatId: string) => ["chat", chatId] as const,
  chatMessages: (chatId: string) => ["chat", chatId, "messages"] as const,
  branchMap: (chatId: string) => ["chat", chatId, "branch-map"] as const,
  workspace: (chatId: string) => ["chat", chatId, "workspace"] as const,
  workspaceTree: (chatId: string) => ["chat", chatId, "workspace", "tree"] as const,
  workspaceManifests: (chatId: string) => ["chat", chatId, "workspace", "manifests"] as const,
  /** The file as it is now; `workspaceFileAt` is a past version, which never changes. */
  workspaceFile: (chatId: string, path: string) => ["chat", chatId, "workspace", "file", path] as const,
  workspaceFileAt: (chatId: string, path: string, messageId: string) =>
    ["chat", chatId, "workspace", "file-at", path, messageId] as const,
  search: (text: string) => ["search", text] as const,
  providerCatalog: ["providers", "catalog"] as const,
  providers: ["providers", "instances"] as const,
  detectedProviders: ["providers", "detected"] as const,
  models: ["models"] as const,
  tools: ["tools", "list"] as const,
  toolsets: ["tools", "toolsets"] as const,
  approvalAudit: ["tools", "approval-audit"] as const,
  mcpServers: ["mcp", "servers"] as const,
  mcpServerTools: (serverId: string) => ["mcp", "tools", serverId] as const,
};
