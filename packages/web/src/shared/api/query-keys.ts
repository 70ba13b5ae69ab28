/**
 * Every query key in one place, so an invalidation names exactly what it refreshes. Keys are
 * grouped by what one server change invalidates together.
 */
export const queryKeys = {
  chatList: ["chat-list"] as const,
  chat: (chatId: string) => ["chat", chatId] as const,
  providerCatalog: ["providers", "catalog"] as const,
  providers: ["providers", "instances"] as const,
  detectedProviders: ["providers", "detected"] as const,
  models: ["models"] as const,
};
