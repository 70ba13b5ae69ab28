import type { MessagePage, PagedMessage } from "@covalt/contracts";

/**
 * The stretch of a chat's active branch this client holds: contiguous, oldest first. It usually
 * ends at the branch's newest message and grows upwards page by page; after a jump to a message
 * far from the end it ends at that message instead, and the part below is filled in on demand.
 */
export interface MessageWindow {
  messages: PagedMessage[];
  /** `before` cursor of the next older page; null once the window starts at the root. */
  olderCursor: string | null;
  /** False when the branch continues below the last message but that part is not loaded. */
  reachesLeaf: boolean;
}

export const emptyWindow: MessageWindow = { messages: [], olderCursor: null, reachesLeaf: true };

export function windowFromPage(page: MessagePage, reachesLeaf: boolean): MessageWindow {
  return { messages: page.messages, olderCursor: page.olderCursor, reachesLeaf };
}

/**
 * Joins two stretches of the same branch, `upper` starting higher up: they overlap, touch, or
 * `lower` already covers `upper`'s start. Messages from `lower` win where both have one (they
 * are fresher). Undefined when the stretches do not meet — e.g. the branch changed in between.
 */
export function joinWindows(upper: MessageWindow, lower: MessageWindow): MessageWindow | undefined {
  const first = lower.messages[0];
  if (upper.messages.length === 0 || first === undefined) return lower;
  const overlap = upper.messages.findIndex((message) => message.id === first.id);
  if (overlap >= 0) {
    return {
      messages: [...upper.messages.slice(0, overlap), ...lower.messages],
      olderCursor: overlap === 0 ? lower.olderCursor : upper.olderCursor,
      reachesLeaf: lower.reachesLeaf,
    };
  }
  if (upper.messages.at(-1)?.id === first.parentId) {
    return {
      messages: [...upper.messages, ...lower.messages],
      olderCursor: upper.olderCursor,
      reachesLeaf: lower.reachesLeaf,
    };
  }
  const upperFirst = upper.messages[0]?.id;
  if (lower.messages.some((message) => message.id === upperFirst)) return lower;
  return undefined;
}

/** The window refreshed with the branch's newest page; a window the page does not meet is replaced. */
export function mergeNewestPage(current: MessageWindow | undefined, page: MessagePage): MessageWindow {
  const newest = windowFromPage(page, true);
  if (current === undefined) return newest;
  return joinWindows(current, newest) ?? newest;
}

/** Adds an older page above the window, unless the window moved on while the page loaded. */
export function prependOlderPage(current: MessageWindow, page: MessagePage, cursor: string): MessageWindow {
  if (current.messages[0]?.id !== cursor) return current;
  return joinWindows(windowFromPage(page, false), current) ?? current;
}

/**
 * The part of the window above `messageId` (exclusive): what stays when a new branch starts at
 * that message. An empty result keeps the cursor, so the history above can still be paged in.
 */
export function windowAbove(current: MessageWindow, messageId: string): MessageWindow {
  const index = current.messages.findIndex((message) => message.id === messageId);
  if (index < 0) return current;
  return { messages: current.messages.slice(0, index), olderCursor: current.olderCursor, reachesLeaf: true };
}

/** The window up to and including `messageId`. */
export function windowThrough(current: MessageWindow, messageId: string): MessageWindow {
  const index = current.messages.findIndex((message) => message.id === messageId);
  if (index < 0) return current;
  return { messages: current.messages.slice(0, index + 1), olderCursor: current.olderCursor, reachesLeaf: true };
}

/** Messages added at the end of the branch (a send, an edit, a retry), after `windowAbove` when branching. */
export function appendMessages(current: MessageWindow, added: readonly PagedMessage[]): MessageWindow {
  if (added.every((message) => current.messages.some((existing) => existing.id === message.id))) return current;
  return { ...current, messages: [...current.messages, ...added], reachesLeaf: true };
}

export function replaceMessage(
  current: MessageWindow,
  messageId: string,
  update: (message: PagedMessage) => PagedMessage,
): MessageWindow {
  const index = current.messages.findIndex((message) => message.id === messageId);
  const message = current.messages[index];
  if (message === undefined) return current;
  const messages = [...current.messages];
  messages[index] = update(message);
  return { ...current, messages };
}

/** The newest user message of the window, what "edit last message" opens. */
export function lastUserMessage(current: MessageWindow): PagedMessage | undefined {
  return current.messages.findLast((message) => message.role === "user");
}

/** Whether `messageId` is the newest message of the branch, the one answer that can be continued. */
export function isBranchEnd(current: MessageWindow, messageId: string): boolean {
  return current.reachesLeaf && current.messages.at(-1)?.id === messageId;
}
