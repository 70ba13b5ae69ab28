import { Info } from "lucide-react";
import { classNames } from "../../../shared/ui/class-names.js";
import { RendererCard } from "../renderer-card.js";
import { RendererCopyButton } from "../renderer-copy-button.js";
import { defaultOutputText } from "./default-output.js";

interface DefaultRendererProps {
  value: unknown;
  title?: string | undefined;
  /** Why the plan's own renderer was not used; a hint for toolset authors. */
  reason?: string | undefined;
  danger?: boolean;
}

/** The card for results without a usable render plan: the output as text or pretty JSON. */
export function DefaultRenderer({ value, title, reason, danger = false }: DefaultRendererProps) {
  const text = defaultOutputText(value);
  return (
    <RendererCard
      kind="default"
      title={title}
      actions={title === undefined || text === "" ? undefined : <RendererCopyButton text={text} />}
      className={classNames("relative", danger && "border-danger-fg/25")}
    >
      {title === undefined && text !== "" && (
        // Without a header the copy button floats over the text's corner instead of adding an empty bar.
        <span className="absolute top-1 right-1 rounded-md bg-card/80">
          <RendererCopyButton text={text} />
        </span>
      )}
      <pre
        className={classNames(
          "max-h-80 overflow-auto py-2 pr-9 pl-3 font-mono text-[12px] leading-relaxed break-words whitespace-pre-wrap",
          danger ? "bg-danger-soft text-danger-fg" : "bg-code text-fg",
        )}
      >
        {text === "" ? <span className="text-fg-subtle">No output</span> : text}
      </pre>
      {reason !== undefined && (
        <p className="flex items-center gap-1.5 border-t border-line px-3 py-1.5 text-[11.5px] text-fg-subtle">
          <Info className="size-3 shrink-0" aria-hidden="true" />
          {reason}
        </p>
      )}
    </RendererCard>
  );
}
