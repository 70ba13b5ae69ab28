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
  search: (text: string) => ["search", text] as const,
  providerCatalog: ["providers", "catalog"] as const,
  providers: ["providers", "instances"] as const,
  detectedProviders: ["providers", "detected"] as const,
  models: ["models"] as const,
  tools: ["tools", "list"] as const,
  toolsets: ["tools", "toolsets"] as const,
  approvalAudit: ["tools", "approval-audit"] as const,
};
