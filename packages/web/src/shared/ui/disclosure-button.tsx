import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { classNames } from "./class-names.js";

interface DisclosureButtonProps {
  expanded: boolean;
  onToggle: () => void;
  /** Read instead of the title, so it can say what opens, e.g. "Show the tools of Files". */
  label: string;
  testId: string;
  /** The row's title area; it grows to fill the row and may wrap. */
  children: ReactNode;
}

/**
 * The title of a settings row that opens its details below: the whole title is the click
 * target, and the chevron turns down while the details show.
 */
export function DisclosureButton({ expanded, onToggle, label, testId, children }: DisclosureButtonProps) {
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-label={label}
      data-testid={testId}
      onClick={onToggle}
      className="flex min-w-0 flex-1 items-start gap-2 text-left"
    >
      <ChevronRight
        aria-hidden="true"
        className={classNames(
          "mt-0.5 size-4 shrink-0 text-fg-subtle transition-transform duration-150",
          expanded && "rotate-90",
        )}
      />
      <span className="min-w-0 flex-1">{children}</span>
    </button>
  );
}
