/**
 * Per server, the chats of its tool calls in flight, oldest first. MCP does not say which call a
 * server request (elicitation, sampling) comes from, so it is attributed to the newest call's chat:
 * when two chats call the same server at once, the newer one is named.
 */
export class McpCallingChats {
  readonly #chats = new Map<string, string[]>();

  add(serverId: string, chatId: string): void {
    this.#chats.set(serverId, [...(this.#chats.get(serverId) ?? []), chatId]);
  }

  remove(serverId: string, chatId: string): void {
    const chats = this.#chats.get(serverId) ?? [];
    const index = chats.lastIndexOf(chatId);
    if (index >= 0) chats.splice(index, 1);
    if (chats.length === 0) this.#chats.delete(serverId);
  }

  newest(serverId: string): string | undefined {
    return this.#chats.get(serverId)?.at(-1);
  }
}
