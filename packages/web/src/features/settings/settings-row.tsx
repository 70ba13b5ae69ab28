import type { ReactNode } from "react";
import { classNames } from "../../shared/ui/class-names.js";

interface SettingsRowProps {
  label: string;
  description?: ReactNode;
  /** Puts the control under the label, for wide values such as paths. */
  stacked?: boolean;
  children: ReactNode;
}

export function SettingsRow({ label, description, stacked = false, children }: SettingsRowProps) {
  return (
    <div
      className={classNames(
        "flex gap-x-6 gap-y-3 px-4 py-3.5",
        stacked ? "flex-col" : "flex-wrap items-center justify-between",
      )}
    >
      <div className={classNames("min-w-0", !stacked && "flex-1 basis-56")}>
        <p className="font-medium text-fg">{label}</p>
        {description && <p className="mt-0.5 text-[13px] text-fg-muted">{description}</p>}
      </div>
      <div className="flex min-w-0 items-center">{children}</div>
    </div>
  );
}
