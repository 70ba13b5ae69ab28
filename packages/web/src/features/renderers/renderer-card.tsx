import type { ReactNode } from "react";
import { classNames } from "../../shared/ui/class-names.js";

interface RendererCardProps {
  /** Renderer id; the card is `<id>-view` for tests. */
  kind: string;
  title?: ReactNode;
  icon?: ReactNode;
  /** Buttons and badges at the right of the header. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** The frame every renderer shares: a quiet header (title, actions) over the content. */
export function RendererCard({ kind, title, icon, actions, children, className }: RendererCardProps) {
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section
      data-testid={`${kind}-view`}
      data-renderer={kind}
      className={classNames("overflow-hidden rounded-lg border border-line bg-card", className)}
    >
      {hasHeader && (
        <header className="flex min-h-8 items-center gap-2 border-b border-line bg-code px-2.5 text-[12px] text-fg-muted">
          {icon !== undefined && <span className="flex shrink-0 [&_svg]:size-3.5">{icon}</span>}
          <span className="min-w-0 flex-1 truncate font-mono">{title}</span>
          {actions !== undefined && <span className="flex shrink-0 items-center gap-1">{actions}</span>}
        </header>
      )}
      {children}
    </section>
  );
}

/** Shown where a renderer refuses its input, e.g. an image URL that is not allowed. */
export function RendererNotice({ children }: { children: ReactNode }) {
  return <p className="px-3 py-2.5 text-[12.5px] text-fg-muted">{children}</p>;
}
