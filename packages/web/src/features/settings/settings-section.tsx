import type { ReactNode } from "react";

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}

/** A titled card of settings rows; the id doubles as the anchor the settings nav links to. */
export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} data-testid={`settings-section-${id}`} className="scroll-mt-8">
      <h2 id={headingId} className="text-[15px] font-semibold tracking-tight">
        {title}
      </h2>
      {description && <p className="mt-1 text-[13px] text-fg-muted">{description}</p>}
      <div className="mt-3 divide-y divide-line rounded-xl border border-line bg-card shadow-card">{children}</div>
    </section>
  );
}
