import type { LucideIcon } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef } from "react";

interface Props {
  icon: LucideIcon;
  title: string;
  description?: string | undefined;
  testId: string;
  children: ReactNode;
}

/**
 * Whether moving focus would take nothing from the user: nothing holds it, or an empty text box
 * does (the composer right after sending), so no half-typed text ends up in the wrong place.
 */
function focusIsIdle(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body || active === document.documentElement) return true;
  return (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) && active.value === "";
}

/**
 * An MCP request inside its tool-call card, laid out like the approval card: a titled section
 * under the card's header. Its first control takes focus when that interrupts nothing, so the
 * user can answer from the keyboard right away.
 */
export function InlineInteractionFrame({ icon: Icon, title, description, testId, children }: Props) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    if (!focusIsIdle()) return;
    // No scrolling: the transcript keeps itself pinned to its end, and the card is sized to fit there.
    ref.current
      ?.querySelector<HTMLElement>("input, select, textarea, button:not(:disabled)")
      ?.focus({ preventScroll: true });
  }, []);

  return (
    <section
      ref={ref}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      data-testid={testId}
      className="@container flex flex-col gap-3 border-t border-line px-3.5 py-3"
    >
      <div className="flex items-start gap-2.5">
        <Icon className="mt-0.5 size-4 shrink-0 text-accent-fg" aria-hidden="true" />
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="text-[13.5px] font-medium text-fg">
            {title}
          </h3>
          {description !== undefined && (
            <p id={descriptionId} className="mt-0.5 text-[13px] break-words text-fg-muted">
              {description}
            </p>
          )}
        </div>
      </div>
      {children}
    </section>
  );
}
