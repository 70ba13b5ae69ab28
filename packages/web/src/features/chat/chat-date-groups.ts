import type { Chat } from "@covalt/contracts";

export interface ChatGroup {
  label: string;
  chats: Chat[];
}

const dayMs = 24 * 60 * 60 * 1000;

function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

function groupLabel(updatedAt: number, today: number): string {
  if (updatedAt >= today) return "Today";
  if (updatedAt >= today - dayMs) return "Yesterday";
  if (updatedAt >= today - 7 * dayMs) return "Previous 7 days";
  if (updatedAt >= today - 30 * dayMs) return "Previous 30 days";
  return "Older";
}

/** Splits a newest-first chat list into date buckets, keeping the order within each. */
export function groupChatsByDate(chats: readonly Chat[], now: number): ChatGroup[] {
  const today = startOfDay(now);
  const groups: ChatGroup[] = [];
  for (const chat of chats) {
    const label = groupLabel(chat.updatedAt, today);
    const last = groups.at(-1);
    if (last?.label === label) last.chats.push(chat);
    else groups.push({ label, chats: [chat] });
  }
  return groups;
}
