import type { ProviderManifest } from "@covalt/contracts";
import { ChevronRight, Search } from "lucide-react";
import { useMemo, useState } from "react";
import { inputStyles } from "../../shared/ui/input-styles.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { catalogEntrySummary, searchCatalog } from "./catalog-search.js";
import { ProviderIcon } from "./provider-icon.js";

interface CatalogPickerProps {
  entries: readonly ProviderManifest[] | undefined;
  loadError?: string | undefined;
  onPick: (entry: ProviderManifest) => void;
}

export function CatalogPicker({ entries, loadError, onPick }: CatalogPickerProps) {
  const [query, setQuery] = useState("");
  const matches = useMemo(() => searchCatalog(entries ?? [], query), [entries, query]);

  return (
    <div className="flex flex-col gap-3" data-testid="catalog-picker">
      <div className="relative">
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-fg-subtle"
          aria-hidden="true"
        />
        <input
          type="search"
          autoFocus
          aria-label="Search providers"
          placeholder="Search providers"
          data-testid="catalog-search"
          className={inputStyles("pl-9")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            const first = matches[0];
            if (event.key === "Enter" && first !== undefined) {
              event.preventDefault();
              onPick(first);
            }
          }}
        />
      </div>
      {loadError ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-[13px] text-danger-fg">
          {loadError}
        </p>
      ) : entries === undefined ? (
        <div className="flex justify-center py-8 text-fg-subtle">
          <Spinner className="size-5" label="Loading providers" />
        </div>
      ) : matches.length === 0 ? (
        <p className="py-8 text-center text-[13px] text-fg-muted">No provider matches “{query}”.</p>
      ) : (
        <ul className="-mx-1 flex flex-col gap-0.5">
          {matches.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                data-testid="catalog-entry"
                data-catalog-id={entry.id}
                onClick={() => {
                  onPick(entry);
                }}
                className="group flex w-full items-center gap-3 rounded-lg px-2.5 py-2 text-left transition-colors duration-150 hover:bg-hover"
              >
                <ProviderIcon svg={entry.icon} className="size-8 rounded-lg" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-fg">{entry.name}</span>
                  <span className="block truncate text-[12.5px] text-fg-muted">{catalogEntrySummary(entry)}</span>
                </span>
                <ChevronRight
                  className="size-4 shrink-0 text-fg-subtle transition-transform duration-150 group-hover:translate-x-0.5"
                  aria-hidden="true"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
