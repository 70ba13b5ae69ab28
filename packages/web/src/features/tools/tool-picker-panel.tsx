import type { ToolInfo } from "@covalt/contracts";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { ComboboxSearch } from "../../shared/ui/combobox-search.js";
import { GroupRow, ToolRow } from "./tool-picker-rows.js";
import { groupState, groupTools, isToolSelected, toggleGroup, toggleTool, type ToolGroup } from "./tool-selection.js";

interface ToolPickerPanelProps {
  tools: readonly ToolInfo[];
  selection: readonly string[];
  onChange: (selection: string[]) => void;
}

type Entry = { kind: "group"; group: ToolGroup } | { kind: "tool"; group: ToolGroup; tool: ToolInfo };

/** Search box driving a multi-select listbox (combobox pattern): typing never loses focus, Enter toggles. */
export function ToolPickerPanel({ tools, selection, onChange }: ToolPickerPanelProps) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const search = useRef<HTMLInputElement>(null);
  const allGroups = useMemo(() => groupTools(tools), [tools]);
  const groups = useMemo(() => groupTools(tools, query), [tools, query]);
  const entries = useMemo(
    () =>
      groups.flatMap((group): Entry[] => [
        { kind: "group", group },
        ...group.tools.map((tool): Entry => ({ kind: "tool", group, tool })),
      ]),
    [groups],
  );
  const activeIndex = Math.max(0, Math.min(active, entries.length - 1));
  const optionId = (index: number) => `${listId}-option-${index}`;

  // The popover stays invisible (unfocusable) until it has measured itself: focus once it shows.
  useEffect(() => {
    const frame = requestAnimationFrame(() => search.current?.focus());
    return () => {
      cancelAnimationFrame(frame);
    };
  }, []);

  useEffect(() => {
    document.getElementById(`${listId}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [listId, activeIndex]);

  const toggle = (entry: Entry) => {
    if (entry.kind === "group") {
      onChange(toggleGroup(selection, entry.group));
      return;
    }
    // Siblings come from the unfiltered group, so a search never drops tools of a chosen toolset.
    const siblings = allGroups.find((group) => group.key === entry.group.key)?.tools ?? entry.group.tools;
    onChange(toggleTool(selection, entry.tool, siblings));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (index: number) => {
      event.preventDefault();
      setActive(Math.max(0, Math.min(entries.length - 1, index)));
    };
    if (event.key === "ArrowDown") move(activeIndex + 1);
    else if (event.key === "ArrowUp") move(activeIndex - 1);
    else if (event.key === "Home" && event.ctrlKey) move(0);
    else if (event.key === "End" && event.ctrlKey) move(entries.length - 1);
    else if (event.key === "Enter") {
      event.preventDefault();
      const entry = entries[activeIndex];
      if (entry) toggle(entry);
    }
  };

  return (
    <div className="flex max-h-[min(460px,60vh)] flex-col" data-testid="tool-picker-panel">
      <ComboboxSearch
        label="Search tools"
        testId="tool-picker-search"
        listId={listId}
        activeOptionId={entries.length > 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(value) => {
          setQuery(value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        inputRef={search}
      />
      <div
        id={listId}
        role="listbox"
        aria-multiselectable={true}
        aria-label="Tools"
        className="min-h-0 flex-1 overflow-y-auto p-1.5"
      >
        {entries.length === 0 && (
          <p className="px-3 py-6 text-center text-[13px] text-fg-muted">
            {query ? `No tool matches “${query}”.` : "No tools are installed or enabled."}
          </p>
        )}
        {entries.map((entry, index) => {
          const shared = {
            id: optionId(index),
            active: index === activeIndex,
            onHover: () => {
              setActive(index);
            },
            onToggle: () => {
              setActive(index);
              toggle(entry);
            },
          };
          return entry.kind === "group" ? (
            <GroupRow
              key={entry.group.key}
              {...shared}
              group={entry.group}
              state={groupState(selection, entry.group)}
            />
          ) : (
            <ToolRow
              key={entry.tool.id}
              {...shared}
              tool={entry.tool}
              selected={isToolSelected(selection, entry.tool.id)}
            />
          );
        })}
      </div>
    </div>
  );
}
