import type { LucideIcon } from "lucide-react";

interface SettingsEmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** A line on how to add the first one. */
  description?: string;
}

/** What a settings card shows in place of rows when there are none yet. */
export function SettingsEmptyState({ icon: Icon, title, description }: SettingsEmptyStateProps) {
  return (
    <div className="flex flex-col items-center px-6 py-8 text-center">
      <div className="flex size-10 items-center justify-center rounded-xl bg-hover text-fg-muted">
        <Icon className="size-5" aria-hidden="true" />
      </div>
      <p className="mt-3 font-medium">{title}</p>
      {description !== undefined && <p className="mt-1 max-w-sm text-[13px] text-fg-muted">{description}</p>}
    </div>
  );
}
