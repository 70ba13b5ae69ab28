import type { SearchHit } from "@covalt/contracts";
import { Bot, User } from "lucide-react";
import { memo } from "react";
import { classNames } from "../../shared/ui/class-names.js";
import { untitledChat } from "../chat/chat-list-item.js";
import { splitSnippet } from "./search-snippet.js";

const roleLabels: Record<SearchHit["role"], string> = { user: "You", assistant: "Answer", system: "System" };

/** A hit's snippet with the matched words marked; rendered as text nodes, so message text stays text. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-[3px] bg-accent-soft px-0.5 text-fg">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

interface SearchHitContentProps {
  hit: SearchHit;
  /** Denser layout for the sidebar. */
  compact?: boolean;
}

/** What a hit shows wherever it is listed: the chat, who wrote the message, and the snippet. */
export const SearchHitContent = memo(function SearchHitContent({ hit, compact = false }: SearchHitContentProps) {
  const RoleIcon = hit.role === "user" ? User : Bot;
  return (
    <span className="flex min-w-0 flex-col gap-0.5">
      <span className="flex min-w-0 items-center gap-1.5">
        <span data-testid="search-hit-title" className="min-w-0 truncate text-[13px] font-medium text-fg">
          {hit.chatTitle || untitledChat}
        </span>
        <span
          data-testid="search-hit-role"
          className="flex shrink-0 items-center gap-1 rounded-full bg-hover px-1.5 py-px text-[11px] text-fg-muted"
        >
          <RoleIcon className="size-3" aria-hidden="true" />
          {roleLabels[hit.role]}
        </span>
      </span>
      <span
        data-testid="search-hit-snippet"
        className={classNames(
          "text-[12.5px] leading-snug break-words text-fg-muted",
          compact ? "line-clamp-2" : "line-clamp-3",
        )}
      >
        <Snippet snippet={hit.snippet} />
      </span>
    </span>
  );
});
