import type { MessageContent, MessageStatus, ModelRef } from "@covalt/contracts";
import { CircleStop } from "lucide-react";
import { messageText } from "../blocks/message-text.js";
import { CopyMessageButton } from "./copy-message-button.js";

interface MessageFooterProps {
  content: MessageContent;
  status: MessageStatus;
  model: ModelRef | null;
}

/** Quiet facts under a finished answer: copy, whether it was stopped, tokens used, which model. */
export function MessageFooter({ content, status, model }: MessageFooterProps) {
  const usage = content.usage;
  const text = messageText(content.blocks);
  return (
    <div className="mt-1.5 flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1 text-[12px] text-fg-subtle">
      {text !== "" && <CopyMessageButton text={text} />}
      {status === "cancelled" && (
        <span data-testid="message-stopped" className="inline-flex items-center gap-1 font-medium text-fg-muted">
          <CircleStop className="size-3.5" aria-hidden="true" />
          Stopped
        </span>
      )}
      {usage && (
        <span data-testid="message-usage" className="tabular-nums" title="Tokens sent to and received from the model">
          {usage.inputTokens.toLocaleString()} in · {usage.outputTokens.toLocaleString()} out
          {usage.reasoningTokens ? ` · ${usage.reasoningTokens.toLocaleString()} reasoning` : ""}
        </span>
      )}
      {model && (
        <span className="truncate font-mono text-[11.5px]" title={model.modelId}>
          {model.modelId}
        </span>
      )}
    </div>
  );
}
