import { AlertTriangle, Check, CloudOff, LoaderCircle, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { saveStatusOf, type SavePhase } from "../editor/save-machine.js";

const looks: Record<ReturnType<typeof saveStatusOf>, { label: string; icon: ReactNode; tone: string }> = {
  loading: { label: "Loading", icon: <LoaderCircle className="animate-spin" />, tone: "text-fg-subtle" },
  saved: { label: "Saved", icon: <Check />, tone: "text-fg-subtle" },
  saving: { label: "Saving…", icon: <LoaderCircle className="animate-spin" />, tone: "text-fg-muted" },
  conflict: { label: "Conflict", icon: <AlertTriangle />, tone: "bg-warning-soft text-warning-fg" },
  deleted: { label: "Deleted", icon: <Trash2 />, tone: "bg-danger-soft text-danger-fg" },
  error: { label: "Not saved", icon: <CloudOff />, tone: "bg-danger-soft text-danger-fg" },
};

/** Where the file's edits are: saved, on their way, or waiting for the user to settle a conflict. */
export function SaveStatusPill({ phase }: { phase: SavePhase }) {
  const status = saveStatusOf(phase);
  const look = looks[status];
  return (
    <span
      data-testid="save-status"
      data-status={status}
      role="status"
      className={classNames(
        "inline-flex h-6 shrink-0 items-center gap-1 rounded-full px-2 text-[11.5px] font-medium [&_svg]:size-3",
        look.tone,
      )}
    >
      {look.icon}
      {look.label}
    </span>
  );
}
