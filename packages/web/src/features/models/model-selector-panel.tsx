import type { ModelRef, ProviderManifest, ProviderModels } from "@covalt/contracts";
import { Check, CircleAlert, Clock } from "lucide-react";
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { classNames } from "../../shared/ui/class-names.js";
import { ComboboxSearch } from "../../shared/ui/combobox-search.js";
import { ProviderIcon } from "../providers/provider-icon.js";
import { CapabilityBadges } from "./capability-badges.js";
import { buildModelSections, flattenSections, isSelected, type ModelOption } from "./model-catalog.js";

interface ModelSelectorPanelProps {
  providers: readonly ProviderModels[];
  recents: readonly ModelRef[];
  catalogById: ReadonlyMap<string, ProviderManifest>;
  selected: ModelRef | undefined;
  onSelect: (ref: ModelRef) => void;
}

/** Search box plus a listbox driven from the box (combobox pattern), so typing never loses focus. */
export function ModelSelectorPanel({ providers, recents, catalogById, selected, onSelect }: ModelSelectorPanelProps) {
  const [query, setQuery] = useState("");
  const listId = useId();
  const sections = useMemo(() => buildModelSections(providers, recents, query), [providers, recents, query]);
  const flat = useMemo(() => flattenSections(sections), [sections]);
  const [active, setActive] = useState(() => {
    const index = flat.findIndex((entry) => isSelected(entry.option, selected));
    return Math.max(0, index);
  });
  const activeIndex = Math.min(active, flat.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    document.getElementById(`${listId}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [listId, activeIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (index: number) => {
      event.preventDefault();
      setActive(Math.max(0, Math.min(flat.length - 1, index)));
    };
    if (event.key === "ArrowDown") move(activeIndex + 1);
    else if (event.key === "ArrowUp") move(activeIndex - 1);
    else if (event.key === "Home" && event.ctrlKey) move(0);
    else if (event.key === "End" && event.ctrlKey) move(flat.length - 1);
    else if (event.key === "Enter") {
      event.preventDefault();
      const entry = flat[activeIndex];
      if (entry) onSelect(entry.option.ref);
    }
  };

  // Where each section's options start in `flat`, so rows know their keyboard position.
  const offsets = sections.map((_, sectionIndex) =>
    sections.slice(0, sectionIndex).reduce((total, section) => total + section.options.length, 0),
  );
  return (
    <div className="flex max-h-[min(440px,60vh)] flex-col" data-testid="model-selector-panel">
      <ComboboxSearch
        autoFocus
        label="Search models"
        testId="model-search"
        listId={listId}
        activeOptionId={flat.length > 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(value) => {
          setQuery(value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label="Models" className="min-h-0 flex-1 overflow-y-auto p-1.5">
        {sections.length === 0 && (
          <p className="px-3 py-6 text-center text-[13px] text-fg-muted">
            {query ? `No model matches “${query}”.` : "No models listed yet."}
          </p>
        )}
        {sections.map((section, sectionIndex) => (
          <div key={section.id} role="group" aria-label={section.label} className="mb-1 last:mb-0">
            <div className="flex items-center gap-2 px-2.5 pt-2 pb-1 text-[11.5px] font-medium text-fg-subtle">
              {section.catalogId === undefined ? (
                <Clock className="size-3.5" aria-hidden="true" />
              ) : (
                <ProviderIcon svg={catalogById.get(section.catalogId)?.icon} className="size-3.5 rounded-[3px]" />
              )}
              <span className="truncate">{section.label}</span>
            </div>
            {section.error && (
              <p className="mx-2.5 my-1 flex gap-1.5 text-[12px] text-danger-fg">
                <CircleAlert className="mt-px size-3.5 shrink-0" aria-hidden="true" />
                {section.error}
              </p>
            )}
            {section.options.map((option, optionIndex) => {
              const position = (offsets[sectionIndex] ?? 0) + optionIndex;
              return (
                <ModelOptionRow
                  key={flat[position]?.key ?? position}
                  id={optionId(position)}
                  option={option}
                  showProvider={section.catalogId === undefined}
                  active={position === activeIndex}
                  selected={isSelected(option, selected)}
                  onHover={() => {
                    setActive(position);
                  }}
                  onSelect={() => {
                    onSelect(option.ref);
                  }}
                />
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

interface ModelOptionRowProps {
  id: string;
  option: ModelOption;
  showProvider: boolean;
  active: boolean;
  selected: boolean;
  onHover: () => void;
  onSelect: () => void;
}

function ModelOptionRow({ id, option, showProvider, active, selected, onHover, onSelect }: ModelOptionRowProps) {
  const title = option.model.name ?? option.model.id;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      data-testid="model-option"
      data-model-id={option.ref.modelId}
      data-provider-id={option.ref.providerId}
      onPointerMove={onHover}
      onClick={onSelect}
      className={classNames(
        "flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-1.5",
        active ? "bg-hover" : "bg-transparent",
      )}
    >
      <span className="min-w-0 flex-1">
        <span className="block truncate text-[13.5px] text-fg">{title}</span>
        {(showProvider || option.model.name !== undefined) && (
          <span className="block truncate text-[11.5px] text-fg-subtle">
            {showProvider ? option.providerName : ""}
            {showProvider && option.model.name !== undefined ? " · " : ""}
            {option.model.name !== undefined && <span className="font-mono">{option.model.id}</span>}
          </span>
        )}
      </span>
      <CapabilityBadges model={option.model} />
      <Check className={classNames("size-4 shrink-0 text-accent-fg", !selected && "invisible")} aria-hidden="true" />
    </div>
  );
}
