import type { Message } from "@covalt/contracts";
import { memo } from "react";
import { AssistantMessage } from "./assistant-message.js";
import { UserMessage } from "./user-message.js";

/**
 * One transcript row, memoized on the message object: refetches keep unchanged messages
 * identical (structural sharing), and live tokens reach the streaming row through its own store
 * subscription, so finished rows do not re-render while another streams.
 */
export const MessageView = memo(function MessageView({ message }: { message: Message }) {
  return message.role === "user" ? <UserMessage message={message} /> : <AssistantMessage message={message} />;
});
