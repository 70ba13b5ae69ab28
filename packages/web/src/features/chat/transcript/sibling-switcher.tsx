import type { PagedMessage } from "@covalt/contracts";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { useMessageActions } from "./message-actions-context.js";

/** `‹ 2/3 ›`: which version of this message the branch shows, and the way to the others. */
export function SiblingSwitcher({ message }: { message: PagedMessage }) {
  const actions = useMessageActions();
  const { ids, index } = message.siblings;
  if (ids.length < 2) return null;
  const noun = message.role === "user" ? "question" : "answer";
  return (
    <div
      data-testid="sibling-switcher"
      className="inline-flex items-center text-[12px] font-medium text-fg-muted tabular-nums"
      title="Alt+← / Alt+→"
    >
      <IconButton
        label={`Previous version of this ${noun}`}
        data-testid="sibling-previous"
        size="sm"
        disabled={index === 0}
        onClick={() => {
          actions.switchSibling(message, -1, "previous-sibling");
        }}
      >
        <ChevronLeft aria-hidden="true" />
      </IconButton>
      <span
        data-testid="sibling-position"
        aria-label={`Version ${index + 1} of ${ids.length}`}
        className="min-w-7 text-center"
      >
        {index + 1}/{ids.length}
      </span>
      <IconButton
        label={`Next version of this ${noun}`}
        data-testid="sibling-next"
        size="sm"
        disabled={index === ids.length - 1}
        onClick={() => {
          actions.switchSibling(message, 1, "next-sibling");
        }}
      >
        <ChevronRight aria-hidden="true" />
      </IconButton>
    </div>
  );
}
