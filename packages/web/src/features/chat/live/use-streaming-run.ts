import type { Message } from "@covalt/contracts";
import { messagesToFollow } from "./live-message.js";
import { useLiveRunStore } from "./live-run-store.js";

/** The run still streaming into this chat, if any: what the Stop button cancels. */
export function useStreamingRunId(messages: readonly Message[] | undefined): string | undefined {
  return useLiveRunStore((state) => messagesToFollow(messages ?? [], state.messages).at(-1)?.runId);
}
