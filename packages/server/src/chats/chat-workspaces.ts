import type { FileChange, ManifestFiles, ManifestSummary, RunEvent } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { AppEventBus } from "../events/app-event-bus.js";
import type { ChatStore } from "./chat-store.js";
import type { MessageManifests } from "./message-manifests.js";
import type { WorkspaceFolders } from "./workspace-folders.js";

/** What the workspace engine offers (packages/server/src/workspace): storage, snapshots, materializing. */
export interface WorkspaceEngine {
  dirOf(chatId: string): string;
  snapshot(
    chatId: string,
    baseManifestId: string | null,
  ): Promise<{ manifestId: string | null; changes: FileChange[] }>;
  materialize(chatId: string, fromManifestId: string | null, toManifestId: string | null): Promise<FileChange[]>;
  files(manifestId: string): ManifestFiles | Promise<ManifestFiles>;
  /** Copies manifests into a forked chat (they name the same blobs); old id → copy id. Synchronous. */
  copyManifests(toChatId: string, manifestIds: readonly string[]): Map<string, string>;
  readFile(chatId: string, path: string, manifestId?: string): Promise<Buffer>;
  /** `expectedHash` (null: must not exist) makes a concurrent change a `workspace-conflict`. */
  writeFile(
    chatId: string,
    path: string,
    content: Buffer,
    options?: { expectedHash?: string | null },
  ): Promise<unknown>;
  deleteFile(chatId: string, path: string): Promise<void>;
  renameFile(chatId: string, from: string, to: string): Promise<void>;
  createFolder(chatId: string, path: string): Promise<void>;
  summaries(chatId: string): ManifestSummary[] | Promise<ManifestSummary[]>;
  deleteChat(chatId: string): Promise<void>;
  close(): Promise<void>;
}

type Cause = "tool-call" | "run-end" | "branch-switch" | "user-edit";

/** A run cut off by the last shutdown (see `recoverInterruptedRuns`). */
export interface InterruptedRun {
  chatId: string;
  runId: string;
  messageId: string;
}

/**
 * A chat's files follow its conversation: every message that changed files points to the
 * manifest recorded when it ended (or when the user edited files after it), and the folder on
 * disk always holds the files of the branch the user is on. This class keeps that true: it knows
 * which manifest the folder matches, snapshots after tool calls, run ends and user edits, and
 * materializes another branch's files when the user switches or answers an earlier message.
 *
 * What the folder holds is written through to `WorkspaceFolders`, and a move to another version
 * is planned there first — in the same transaction as the branch change that causes it — so a
 * crash at any point is repaired by `recover` on the next start, never recorded as edits.
 */
export class ChatWorkspaces {
  /** chatId → the manifest the folder on disk matches (null: never had files). */
  readonly #onDisk = new Map<string, string | null>();
  readonly #recording = new Map<string, Promise<unknown>>();
  /** chatId → the manifest being materialized right now. */
  readonly #arriving = new Map<string, string | null>();
  /** chatId → its runs in progress: the folder belongs to them. */
  readonly #busy = new Map<string, Set<string>>();

  constructor(
    readonly engine: WorkspaceEngine,
    readonly manifests: MessageManifests,
    private readonly chats: ChatStore,
    private readonly events: AppEventBus,
    private readonly folders: WorkspaceFolders,
  ) {}

  dirOf(chatId: string): string {
    return this.engine.dirOf(chatId);
  }

  /** The manifest on disk, as last recorded; for a folder never recorded, that of the branch the user is on. */
  onDisk(chatId: string): string | null {
    if (!this.#onDisk.has(chatId)) {
      const saved = this.folders.get(chatId);
      this.#onDisk.set(
        chatId,
        saved === undefined
          ? this.manifests.manifestAt(this.chats.get(chatId)?.activeLeafId ?? null)
          : saved.manifestId,
      );
    }
    return this.#onDisk.get(chatId) ?? null;
  }

  /**
   * Finishes what the last shutdown cut off: folder moves (a branch switch, a fork's first fill)
   * are completed, and each interrupted answer records the files its run left, as `endRun` would
   * have. Call once at start-up, before serving requests. A chat that cannot be repaired is
   * reported to `onError` and left as it is; the others still are.
   */
  async recover(
    interrupted: readonly InterruptedRun[],
    onError: (error: unknown, chatId: string) => void,
  ): Promise<void> {
    for (const [chatId, state] of this.folders.unfinishedMoves()) {
      this.#onDisk.set(chatId, state.manifestId);
      const target = state.moving?.targetManifestId ?? null;
      if (target === state.manifestId) this.#hold(chatId, target);
      else await this.moveTo(chatId, target).catch((error: unknown) => onError(error, chatId));
    }
    for (const run of interrupted) {
      await this.endRun(run.chatId, run.runId, run.messageId).catch((error: unknown) => onError(error, run.chatId));
    }
  }

  /** Before a run answers `parentId`: the folder gets that message's files, and is the run's until it ends. */
  async beginRun(chatId: string, runId: string, parentId: string | null): Promise<void> {
    const runs = this.#busy.get(chatId) ?? new Set<string>();
    runs.add(runId);
    this.#busy.set(chatId, runs);
    const changes = await this.moveTo(chatId, this.manifests.manifestAt(parentId));
    if (changes.length > 0) this.events.publish(this.event(chatId, "branch-switch", changes, parentId ?? undefined));
  }

  /** After a call that may have written files: record what changed, as part of the answer. */
  async afterToolCall(chatId: string, messageId: string, emit: (event: RunEvent) => void): Promise<void> {
    const changes = await this.record(chatId);
    if (changes.length > 0) emit(this.event(chatId, "tool-call", changes, messageId));
  }

  /** Before a run ends: the answer points to the files as they are now. */
  async endRun(chatId: string, runId: string, messageId: string): Promise<void> {
    const changes = await this.record(chatId);
    const current = this.onDisk(chatId);
    if (current !== null) this.manifests.setManifest(messageId, current);
    this.releaseRun(chatId, runId);
    if (changes.length > 0) this.events.publish(this.event(chatId, "run-end", changes, messageId));
  }

  /** The run no longer uses the folder; calling it again (after `endRun`) changes nothing. */
  releaseRun(chatId: string, runId: string): void {
    const runs = this.#busy.get(chatId);
    runs?.delete(runId);
    if (runs?.size === 0) this.#busy.delete(chatId);
  }

  /**
   * Notes, inside the transaction that moves the chat to another branch, that the folder must move
   * to `target`; `followBranch` then does it. Synchronous for that reason.
   */
  planMove(chatId: string, target: string | null): void {
    const current = this.onDisk(chatId);
    if (current !== target) this.folders.planMove(chatId, current, target);
  }

  /** After the user moved to another branch: its files replace the folder's. */
  async followBranch(chatId: string, target?: string | null): Promise<void> {
    const leaf = this.chats.get(chatId)?.activeLeafId ?? null;
    const changes = await this.moveTo(chatId, target === undefined ? this.manifests.manifestAt(leaf) : target);
    if (changes.length > 0) this.events.publish(this.event(chatId, "branch-switch", changes, leaf ?? undefined));
  }

  /** Refuses to change a folder a run is using: switching under a running tool would mix two branches. */
  assertCanMoveTo(chatId: string, target: string | null, action: string): void {
    const present = this.#arriving.has(chatId) ? this.#arriving.get(chatId) : this.onDisk(chatId);
    if (this.#busy.has(chatId) && target !== present) {
      throw new CovaltError(
        "conflict",
        `An answer is still being written in this chat; stop it or wait before you ${action}.`,
      );
    }
  }

  /** A user edit went to disk: record it on the message the user is on, so the branch keeps it. */
  async afterUserEdit(chatId: string): Promise<void> {
    const leaf = this.chats.get(chatId)?.activeLeafId ?? null;
    const changes = await this.record(chatId);
    const current = this.onDisk(chatId);
    if (leaf !== null && current !== null && !this.#busy.has(chatId)) this.manifests.setEditedManifest(leaf, current);
    if (changes.length > 0) this.events.publish(this.event(chatId, "user-edit", changes, leaf ?? undefined));
  }

  /**
   * A fork's messages record the same file versions as the messages they copy (`copies`: source
   * message id → its copy, along the path to `sourceLeafId`). Manifests belong to one chat, so the
   * versions are copied into the fork; the copies name the same blobs, so they cost rows, not
   * files, and from here on each chat's files change on their own. Synchronous, so it can share
   * the transaction that copies the messages.
   */
  copyVersions(forkChatId: string, sourceLeafId: string, copies: ReadonlyMap<string, string>): void {
    const versions = this.manifests.versionsAlong(sourceLeafId);
    const ids = [...versions.values()].flatMap((version) =>
      [version.manifestId, version.editedManifestId].filter((id) => id !== null),
    );
    if (ids.length === 0) return;
    const copied = this.engine.copyManifests(forkChatId, ids);
    const copyOf = (id: string | null) => (id === null ? null : (copied.get(id) ?? null));
    for (const [messageId, version] of versions) {
      const copy = copies.get(messageId);
      if (copy === undefined) continue;
      this.manifests.setVersions(copy, {
        manifestId: copyOf(version.manifestId),
        editedManifestId: copyOf(version.editedManifestId),
      });
    }
  }

  /**
   * Inside the transaction that creates a fork: its folder, empty so far, is to receive the files
   * of the branch the fork is on (`followBranch` after the commit does it).
   */
  planFill(chatId: string): void {
    this.#onDisk.set(chatId, null);
    this.planMove(chatId, this.manifests.manifestAt(this.chats.get(chatId)?.activeLeafId ?? null));
  }

  forget(chatId: string): void {
    this.#onDisk.delete(chatId);
  }

  /** Snapshots one at a time per chat: parallel tool calls must each start from the last manifest. */
  private record(chatId: string): Promise<FileChange[]> {
    const previous = this.#recording.get(chatId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const base = this.onDisk(chatId);
      const { manifestId, changes } = await this.engine.snapshot(chatId, base);
      if (manifestId !== base || this.folders.get(chatId) === undefined) this.#hold(chatId, manifestId);
      return changes;
    });
    this.#recording.set(
      chatId,
      next.catch(() => undefined),
    );
    return next;
  }

  private async moveTo(chatId: string, target: string | null): Promise<FileChange[]> {
    const current = this.onDisk(chatId);
    if (current === target) return [];
    this.#arriving.set(chatId, target);
    try {
      this.folders.planMove(chatId, current, target);
      const changes = await this.engine.materialize(chatId, current, target);
      this.#hold(chatId, target);
      return changes;
    } finally {
      this.#arriving.delete(chatId);
    }
  }

  #hold(chatId: string, manifestId: string | null): void {
    this.#onDisk.set(chatId, manifestId);
    this.folders.holds(chatId, manifestId);
  }

  private event(chatId: string, cause: Cause, changes: FileChange[], messageId: string | undefined) {
    const manifestId = this.onDisk(chatId);
    return {
      type: "workspace-file-change" as const,
      chatId,
      cause,
      changes,
      ...(messageId === undefined ? {} : { messageId }),
      ...(manifestId === null ? {} : { manifestId }),
    };
  }
}
