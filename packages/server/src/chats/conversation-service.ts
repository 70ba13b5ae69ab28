import type { BranchMap, Chat, Message, MessagePage, PagedMessage } from "@covalt/contracts";
import { branchSegments, CovaltError, segmentPreview } from "@covalt/core";
import type { AppEventBus } from "../events/app-event-bus.js";
import { newId } from "../ids/new-id.js";
import type { RunService } from "../runs/run-service.js";
import type { ChatStore } from "./chat-store.js";
import type { ChatWorkspaces } from "./chat-workspaces.js";

/** Moving around a conversation tree: pages of a branch, switching, forking, pruning. */
export class ConversationService {
  constructor(
    private readonly chats: ChatStore,
    private readonly runs: RunService,
    private readonly events: AppEventBus,
    private readonly workspaces: ChatWorkspaces,
  ) {}

  /** One keyset page of the active branch, ending at `before`'s parent, or at `at`, or at the leaf. */
  page(chatId: string, query: { before?: string | undefined; at?: string | undefined; limit: number }): MessagePage {
    const chat = this.requireChat(chatId);
    let start: string | null = chat.activeLeafId;
    if (query.at !== undefined) start = this.requireMessage(chatId, query.at).id;
    else if (query.before !== undefined) start = this.requireMessage(chatId, query.before).parentId;
    if (start === null) return { messages: [], olderCursor: null };
    const { messages, moreAbove } = this.chats.pathUpFrom(start, query.limit);
    return {
      messages: this.withSiblings(chatId, this.withLiveContent(messages)),
      olderCursor: moreAbove ? (messages[0]?.id ?? null) : null,
    };
  }

  /** Moves to the branch below `messageId`; the workspace folder then holds that branch's files. */
  async switchBranch(chatId: string, messageId: string): Promise<Chat> {
    this.requireMessage(chatId, messageId);
    const leaf = this.chats.newestLeafBelow(chatId, messageId);
    const target = this.workspaces.manifests.manifestAt(leaf);
    this.workspaces.assertCanMoveTo(chatId, target, "switch branches");
    this.chats.transaction(() => {
      this.chats.setActiveLeaf(chatId, leaf);
      this.workspaces.planMove(chatId, target);
    });
    this.events.publish({ type: "chat-update", chatId, change: "tree" });
    await this.workspaces.followBranch(chatId, target);
    return this.requireChat(chatId);
  }

  branchMap(chatId: string): BranchMap {
    const chat = this.requireChat(chatId);
    const active = new Set(chat.activeLeafId === null ? [] : this.chats.pathIds(chat.activeLeafId));
    const segments = branchSegments(this.chats.treeNodes(chatId), active);
    const texts = this.chats.firstTexts(segments.map((segment) => segment.previewMessageId));
    return {
      segments: segments.map(({ previewMessageId, ...segment }) => ({
        ...segment,
        preview: segmentPreview(texts.get(previewMessageId) ?? ""),
      })),
      activeLeafId: chat.activeLeafId,
    };
  }

  /**
   * Copies the path up to `messageId` into a new chat, with the files each message recorded: the
   * fork opens with the files as they were at that message and goes on from there, independently.
   */
  async fork(chatId: string, messageId: string): Promise<Chat> {
    const source = this.requireChat(chatId);
    this.requireMessage(chatId, messageId);
    const forkId = newId("chat");
    this.chats.transaction(() => {
      this.chats.create(
        forkId,
        source.title === "" ? "" : `${source.title} (fork)`,
        source.model,
        Date.now(),
        source.tools,
      );
      const copies = this.chats.copyPath(this.chats.path(messageId), forkId, () => newId("message"));
      this.workspaces.copyVersions(forkId, messageId, copies);
      this.workspaces.planFill(forkId);
    });
    this.events.publish({ type: "chat-update", chatId: forkId, change: "created" });
    await this.workspaces.followBranch(forkId);
    return this.requireChat(forkId);
  }

  /** Deletes a message and its subtree; a chat on a deleted branch moves to the newest remaining one. */
  async deleteSubtree(messageId: string): Promise<Chat> {
    const message = this.chats.message(messageId);
    if (message === undefined) throw new CovaltError("not-found", `There is no message ${messageId}.`);
    const chat = this.requireChat(message.chatId);
    const doomed = new Set(this.chats.subtreeIds(chat.id, messageId));
    for (const run of this.runs.registry.active()) if (doomed.has(run.messageId)) run.abortController.abort();
    this.chats.transaction(() => {
      this.chats.deleteMessage(messageId);
      if (chat.activeLeafId !== null && doomed.has(chat.activeLeafId)) {
        const parent = message.parentId;
        const leaf = parent === null ? this.newestRootLeaf(chat.id) : this.chats.newestLeafBelow(chat.id, parent);
        this.chats.setActiveLeaf(chat.id, leaf);
        this.workspaces.planMove(chat.id, this.workspaces.manifests.manifestAt(leaf));
      }
    });
    this.runs.history.clear();
    this.events.publish({ type: "chat-update", chatId: chat.id, change: "tree" });
    await this.workspaces.followBranch(chat.id);
    return this.requireChat(chat.id);
  }

  private newestRootLeaf(chatId: string): string | null {
    const roots = this.chats.siblingsOf(chatId, [null]).get(null) ?? [];
    const newestRoot = roots.at(-1);
    return newestRoot === undefined ? null : this.chats.newestLeafBelow(chatId, newestRoot);
  }

  private withSiblings(chatId: string, messages: Message[]): PagedMessage[] {
    const siblings = this.chats.siblingsOf(
      chatId,
      messages.map((message) => message.parentId),
    );
    return messages.map((message) => {
      const ids = siblings.get(message.parentId) ?? [message.id];
      return { ...message, siblings: { ids, index: Math.max(0, ids.indexOf(message.id)) } };
    });
  }

  /** A message still streaming is served with its live content, fresher than the last checkpoint. */
  private withLiveContent(messages: Message[]): Message[] {
    return messages.map((message) => {
      const live = message.runId === null ? undefined : this.runs.registry.get(message.runId);
      return live === undefined ? message : { ...message, content: live.content, status: live.content.status };
    });
  }

  private requireChat(chatId: string): Chat {
    const chat = this.chats.get(chatId);
    if (chat === undefined) throw new CovaltError("not-found", `There is no chat ${chatId}.`);
    return chat;
  }

  private requireMessage(chatId: string, messageId: string): Message {
    const message = this.chats.message(messageId);
    if (message?.chatId !== chatId) throw new CovaltError("not-found", `Message ${messageId} is not in this chat.`);
    return message;
  }
}
