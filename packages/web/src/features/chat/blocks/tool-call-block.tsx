import type { ToolCallBlock } from "@covalt/contracts";
import { ChevronRight, Wrench } from "lucide-react";
import { memo, useState } from "react";
import { classNames } from "../../../shared/ui/class-names.js";

const stateLabels: Record<ToolCallBlock["state"], string> = {
  pending: "Preparing",
  "awaiting-approval": "Waiting for approval",
  running: "Running",
  complete: "Done",
  error: "Failed",
  denied: "Denied",
};

function pretty(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

/** A plain, readable default until tool results get their renderers: name, state, input and output. */
export const ToolCallBlockView = memo(function ToolCallBlockView({ block }: { block: ToolCallBlock }) {
  const [open, setOpen] = useState(false);
  const active = block.state === "pending" || block.state === "running" || block.state === "awaiting-approval";
  const failed = block.state === "error" || block.state === "denied" || block.result?.isError === true;
  return (
    <div data-testid="tool-call-block" data-state={block.state} className="my-2 rounded-xl border border-line bg-card">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
        className="flex w-full items-center gap-2.5 px-3 py-2 text-left text-[13px]"
      >
        <Wrench className="size-3.5 shrink-0 text-fg-subtle" aria-hidden="true" />
        <span className="min-w-0 flex-1 truncate font-mono text-[12.5px] text-fg">{block.toolName}</span>
        <span
          className={classNames(
            "shrink-0 text-[12px]",
            failed ? "text-danger-fg" : active ? "thinking-shimmer" : "text-fg-subtle",
          )}
        >
          {stateLabels[block.state]}
        </span>
        <ChevronRight
          className={classNames("size-3.5 shrink-0 text-fg-subtle transition-transform", open && "rotate-90")}
          aria-hidden="true"
        />
      </button>
      {open && (
        <div className="flex flex-col gap-2 border-t border-line px-3 py-2.5 text-[12px]">
          <Section label="Input" text={block.input === undefined ? block.inputText : pretty(block.input)} />
          {block.result && (
            <Section label={block.result.isError ? "Error" : "Output"} text={pretty(block.result.output)} />
          )}
        </div>
      )}
    </div>
  );
});

function Section({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <p className="mb-1 font-medium text-fg-subtle">{label}</p>
      <pre className="max-h-64 overflow-auto rounded-lg bg-code px-3 py-2 font-mono text-[12px] whitespace-pre-wrap text-fg">
        {text || "—"}
      </pre>
    </div>
  );
}
