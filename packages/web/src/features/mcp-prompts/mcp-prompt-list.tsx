import { useEffect, useId } from "react";
import { classNames } from "../../shared/ui/class-names.js";
import { Spinner } from "../../shared/ui/spinner.js";
import type { SlashGroup, SlashPrompt } from "./slash-commands.js";

interface McpPromptListProps {
  groups: readonly SlashGroup[];
  /** Index into the groups' prompts in display order. */
  activeIndex: number;
  /** Some server's prompts are still being listed. */
  loading: boolean;
  onHover: (index: number) => void;
  onPick: (entry: SlashPrompt) => void;
}

/** The `/` suggestions above the composer: MCP prompts under their server's name, driven from the textarea. */
export function McpPromptList({ groups, activeIndex, loading, onHover, onPick }: McpPromptListProps) {
  const listId = useId();
  useEffect(() => {
    document.getElementById(`${listId}-${String(activeIndex)}`)?.scrollIntoView({ block: "nearest" });
  }, [listId, activeIndex]);

  let index = -1;
  return (
    <div
      id={listId}
      role="listbox"
      aria-label="Prompts"
      aria-busy={loading || undefined}
      data-testid="mcp-prompt-list"
      className="absolute bottom-full left-2 z-30 mb-2 max-h-72 w-[min(400px,calc(100%-1rem))] animate-appear overflow-y-auto rounded-xl border border-line bg-card p-1.5 shadow-float"
    >
      {groups.map((group) => (
        <div key={group.serverId} role="group" aria-label={group.serverName}>
          <div className="truncate px-2.5 pt-1.5 pb-1 text-[11px] font-semibold tracking-wide text-fg-subtle uppercase">
            {group.serverName}
          </div>
          {group.prompts.map((entry) => {
            index++;
            const itemIndex = index;
            const { prompt } = entry;
            const required = (prompt.arguments ?? []).filter((argument) => argument.required === true).length;
            const total = prompt.arguments?.length ?? 0;
            return (
              <div
                key={prompt.name}
                id={`${listId}-${String(itemIndex)}`}
                role="option"
                aria-selected={itemIndex === activeIndex}
                data-testid={`mcp-prompt-${prompt.name}`}
                // Keep focus (and the caret) in the textarea.
                onPointerDown={(event) => {
                  event.preventDefault();
                }}
                onPointerMove={() => {
                  onHover(itemIndex);
                }}
                onClick={() => {
                  onPick(entry);
                }}
                className={classNames(
                  "flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-1.5",
                  itemIndex === activeIndex && "bg-hover",
                )}
              >
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-mono text-[12.5px] text-fg">/{prompt.name}</span>
                  {(prompt.title ?? prompt.description) && (
                    <span className="block truncate text-[11.5px] text-fg-subtle">
                      {prompt.title ?? prompt.description}
                    </span>
                  )}
                </span>
                {total > 0 && (
                  <span
                    className="shrink-0 rounded-md border border-line bg-card px-1.5 py-0.5 text-[11px] text-fg-muted"
                    title={`${String(total)} ${total === 1 ? "argument" : "arguments"}, ${String(required)} required`}
                  >
                    {total} {total === 1 ? "arg" : "args"}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      ))}
      {loading && (
        <div className="flex items-center gap-2 px-2.5 py-1.5 text-[12px] text-fg-subtle">
          <Spinner className="size-3.5" />
          Loading prompts…
        </div>
      )}
    </div>
  );
}
