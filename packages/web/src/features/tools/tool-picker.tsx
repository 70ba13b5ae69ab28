import { useQuery } from "@tanstack/react-query";
import { CircleAlert, Wrench } from "lucide-react";
import { useRef, useState } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { classNames } from "../../shared/ui/class-names.js";
import { Popover } from "../../shared/ui/popover.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { ToolPickerPanel } from "./tool-picker-panel.js";
import { toolsQuery } from "./tool-queries.js";
import { countSelectedTools } from "./tool-selection.js";

interface ToolPickerProps {
  /** Canonical tool ids and `toolset:<id>` selectors. */
  selection: readonly string[];
  onChange: (selection: string[]) => void;
  disabled?: boolean;
}

/** The composer's wrench button: which tools the model may call in this chat. */
export function ToolPicker({ selection, onChange, disabled = false }: ToolPickerProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const tools = useQuery(toolsQuery);
  const count = countSelectedTools(selection, tools.data ?? []);
  const label = count === 0 ? "Tools" : `${String(count)} tool${count === 1 ? "" : "s"} enabled`;

  return (
    <>
      <button
        ref={trigger}
        type="button"
        disabled={disabled}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-label={label}
        title={label}
        data-testid="tool-picker"
        data-count={count}
        onClick={() => {
          setOpen((state) => !state);
        }}
        className={classNames(
          "flex h-8 shrink-0 items-center gap-1.5 rounded-lg px-2 text-[13px] font-medium transition-colors duration-150",
          "disabled:pointer-events-none disabled:opacity-50",
          open ? "bg-hover text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
        )}
      >
        <Wrench className="size-4" aria-hidden="true" />
        {count > 0 && (
          <span
            data-testid="tool-picker-count"
            className="flex h-[18px] min-w-[18px] items-center justify-center rounded-full bg-accent-soft px-1 text-[11px] font-semibold text-accent-fg tabular-nums"
          >
            {count}
          </span>
        )}
      </button>
      <Popover
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        anchor={trigger}
        className="w-[min(420px,calc(100vw-2rem))]"
      >
        {tools.isPending ? (
          <div className="flex justify-center px-4 py-8 text-fg-subtle" data-testid="tool-picker-panel">
            <Spinner className="size-5" label="Loading tools" />
          </div>
        ) : tools.error ? (
          <p role="alert" data-testid="tool-picker-panel" className="flex gap-2 px-4 py-4 text-[13px] text-danger-fg">
            <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            Could not list tools: {errorMessage(tools.error)}
          </p>
        ) : (
          <ToolPickerPanel tools={tools.data} selection={selection} onChange={onChange} />
        )}
      </Popover>
    </>
  );
}
