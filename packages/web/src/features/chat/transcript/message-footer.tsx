import type { MessageContent, MessageStatus, PagedMessage } from "@covalt/contracts";
import { ChevronsRight, CircleStop } from "lucide-react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { messageText } from "../blocks/message-text.js";
import { CopyMessageButton } from "./copy-message-button.js";
import { useMessageActions } from "./message-actions-context.js";
import { MessageMoreMenu } from "./message-more-menu.js";
import { RetryMenu } from "./retry-menu.js";
import { SiblingSwitcher } from "./sibling-switcher.js";

interface MessageFooterProps {
  message: PagedMessage;
  content: MessageContent;
  status: MessageStatus;
  /** The answer ends its branch: only then can the model continue it. */
  branchEnd: boolean;
}

/** Under a finished answer: its versions, what can be done with it, then quiet facts (stopped, tokens, model). */
export function MessageFooter({ message, content, status, branchEnd }: MessageFooterProps) {
  const actions = useMessageActions();
  const usage = content.usage;
  const text = messageText(content.blocks);
  const model = message.model;
  return (
    <div className="mt-1.5 flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1 text-[12px] text-fg-subtle">
      <div className="-ml-1.5 flex items-center">
        <SiblingSwitcher message={message} />
        {text !== "" && <CopyMessageButton text={text} />}
        <RetryMenu message={message} />
        {branchEnd && (
          <IconButton
            label="Continue this answer"
            data-testid="continue-answer"
            size="sm"
            onClick={() => {
              actions.continueAnswer(message);
            }}
          >
            <ChevronsRight aria-hidden="true" />
          </IconButton>
        )}
        <MessageMoreMenu message={message} />
      </div>
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
        <span data-testid="message-model" className="truncate font-mono text-[11.5px]" title={model.modelId}>
          {model.modelId}
        </span>
      )}
    </div>
  );
}
