import type { PagedMessage } from "@covalt/contracts";
import { memo } from "react";
import { AssistantMessage } from "./assistant-message.js";
import { UserMessage } from "./user-message.js";

/**
 * One message, memoized on its props: refetches keep unchanged messages identical (structural
 * sharing), live tokens reach the streaming answer through its own store subscription, and the
 * actions come from a stable context, so finished rows never re-render while another streams.
 */
export const MessageView = memo(function MessageView({
  message,
  branchEnd,
}: {
  message: PagedMessage;
  branchEnd: boolean;
}) {
  return message.role === "user" ? (
    <UserMessage message={message} />
  ) : (
    <AssistantMessage message={message} branchEnd={branchEnd} />
  );
});
