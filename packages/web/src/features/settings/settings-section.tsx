import type { ReactNode } from "react";

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: string;
  /** A control beside the title, e.g. "Add provider". */
  action?: ReactNode;
  children: ReactNode;
}

/** A titled card of settings rows; the id doubles as the anchor the settings nav links to. */
export function SettingsSection({ id, title, description, action, children }: SettingsSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} data-testid={`settings-section-${id}`} className="scroll-mt-8">
      <div className="flex items-end justify-between gap-4">
        <div className="min-w-0">
          <h2 id={headingId} className="text-[15px] font-semibold tracking-tight">
            {title}
          </h2>
          {description && <p className="mt-1 text-[13px] text-fg-muted">{description}</p>}
        </div>
        {action && <div className="shrink-0">{action}</div>}
      </div>
      <div className="mt-3 divide-y divide-line rounded-xl border border-line bg-card shadow-card">{children}</div>
    </section>
  );
}
