import type { SearchHit } from "@covalt/contracts";
import { Search, X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { classNames } from "../../shared/ui/class-names.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { SearchHitContent } from "./search-hit-item.js";
import { useMessageSearch } from "./search-query.js";
import { useOpenSearchHit } from "./use-open-search-hit.js";

interface SidebarSearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/** The sidebar's search field; while it holds text, the chat list below gives way to the hits. */
export function SidebarSearchBox({ value, onChange }: SidebarSearchBoxProps) {
  return (
    <div className="relative">
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-subtle"
        aria-hidden="true"
      />
      <input
        type="search"
        value={value}
        placeholder="Search messages"
        aria-label="Search messages in all chats"
        data-testid="sidebar-search"
        spellCheck={false}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape" && value !== "") {
            event.preventDefault();
            event.stopPropagation();
            onChange("");
          } else if (event.key === "ArrowDown") {
            event.preventDefault();
            document.querySelector<HTMLElement>('[data-testid="search-hit"]')?.focus();
          }
        }}
        className={classNames(
          "h-8 w-full rounded-lg border border-line bg-canvas pr-8 pl-8 text-[13px] text-fg placeholder:text-fg-subtle",
          "outline-none transition-colors duration-150 hover:border-line-strong focus-visible:border-focus",
          "[&::-webkit-search-cancel-button]:hidden",
        )}
      />
      {value !== "" && (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            onChange("");
          }}
          className="absolute top-1/2 right-1.5 flex size-5 -translate-y-1/2 items-center justify-center rounded text-fg-subtle hover:bg-hover hover:text-fg"
        >
          <X className="size-3.5" aria-hidden="true" />
        </button>
      )}
    </div>
  );
}

interface SidebarSearchResultsProps {
  text: string;
  onOpened?: (() => void) | undefined;
}

export function SidebarSearchResults({ text, onOpened }: SidebarSearchResultsProps) {
  const search = useMessageSearch(text);
  const openHit = useOpenSearchHit();
  const [openError, setOpenError] = useState<string | undefined>(undefined);
  const hits = search.data ?? [];

  const open = (hit: SearchHit) => {
    setOpenError(undefined);
    openHit(hit).then(onOpened, (error: unknown) => {
      setOpenError(errorMessage(error));
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-testid="search-hit"]')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    items[Math.max(0, Math.min(items.length - 1, index + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
  };

  return (
    <section aria-label="Search results" data-testid="search-results" data-count={hits.length} className="pb-2">
      <h2 className="flex h-6 items-center gap-2 px-2.5 text-xs font-medium text-fg-subtle">
        {search.searching && <Spinner className="size-3" />}
        {search.isSuccess && !search.searching
          ? hits.length === 0
            ? "No messages match"
            : `${hits.length === 30 ? "30+" : hits.length} ${hits.length === 1 ? "message" : "messages"}`
          : "Searching…"}
      </h2>
      {search.isError && (
        <p role="alert" className="px-2.5 text-xs text-danger-fg">
          {errorMessage(search.error)}
        </p>
      )}
      {openError && (
        <p role="alert" className="px-2.5 pb-1 text-xs text-danger-fg">
          Could not open the message: {openError}
        </p>
      )}
      <ul className="flex flex-col gap-px" onKeyDown={onKeyDown}>
        {hits.map((hit) => (
          <li key={hit.messageId}>
            <button
              type="button"
              data-testid="search-hit"
              data-chat-id={hit.chatId}
              data-message-id={hit.messageId}
              onClick={() => {
                open(hit);
              }}
              className="w-full rounded-lg px-2.5 py-2 text-left transition-colors duration-150 hover:bg-hover focus-visible:bg-hover"
            >
              <SearchHitContent hit={hit} compact />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
