import { CircleAlert, X } from "lucide-react";
import type { ReactNode } from "react";
import { classNames } from "../../../shared/ui/class-names.js";

interface ComposerNoticeProps {
  tone: "error" | "info";
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
}

/** A line above the composer: a failed send, or what is missing before one can happen. */
export function ComposerNotice({ tone, children, onDismiss, testId }: ComposerNoticeProps) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={classNames(
        "mb-2 flex animate-appear items-start gap-2 rounded-xl px-3.5 py-2.5 text-[13px]",
        tone === "error" ? "bg-danger-soft text-danger-fg" : "border border-line bg-card text-fg-muted shadow-card",
      )}
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0 flex-1 break-words">{children}</div>
      {onDismiss && (
        <button
          type="button"
          aria-label="Dismiss"
          onClick={onDismiss}
          className="-my-0.5 -mr-1 flex size-6 shrink-0 items-center justify-center rounded-md opacity-70 hover:opacity-100"
        >
          <X className="size-3.5" aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
