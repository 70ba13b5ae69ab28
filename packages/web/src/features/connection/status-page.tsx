import type { ReactNode } from "react";
import { BrandMark } from "../../shared/ui/brand-mark.js";
import { classNames } from "../../shared/ui/class-names.js";

export type ConnectionProblem = "unreachable" | "unauthorized" | "error";

const toneStyles = {
  danger: "bg-danger-soft text-danger-fg",
  warning: "bg-warning-soft text-warning-fg",
} as const;

interface StatusPageProps {
  reason: ConnectionProblem;
  tone: keyof typeof toneStyles;
  icon: ReactNode;
  title: string;
  children: ReactNode;
}

/** Full-page layout shared by every reason the app cannot start. */
export function StatusPage({ reason, tone, icon, title, children }: StatusPageProps) {
  return (
    <main
      data-testid="connection-error"
      data-reason={reason}
      aria-labelledby="connection-error-title"
      className="flex min-h-full flex-col items-center justify-center px-6 py-12"
    >
      <title>{`${title} · Covalt`}</title>
      <div className="w-full max-w-[440px] animate-appear">
        <div className="mb-6 flex items-center justify-center gap-2 text-fg-muted">
          <BrandMark className="size-5" />
          <span className="text-[13px] font-semibold tracking-tight">Covalt</span>
        </div>
        <div className="rounded-2xl border border-line bg-card p-7 shadow-float">
          <div
            className={classNames(
              "flex size-10 items-center justify-center rounded-xl [&_svg]:size-5",
              toneStyles[tone],
            )}
          >
            {icon}
          </div>
          <h1 id="connection-error-title" className="mt-5 text-lg font-semibold tracking-tight">
            {title}
          </h1>
          <div className="mt-2 flex flex-col gap-3 leading-relaxed text-fg-muted">{children}</div>
        </div>
      </div>
    </main>
  );
}
