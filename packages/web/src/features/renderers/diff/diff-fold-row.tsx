import { ChevronsUpDown } from "lucide-react";
import type { CollapsedRun } from "./diff-model.js";

/** A folded run of unchanged lines; clicking it shows them. */
export function DiffFoldRow({
  fold,
  columns,
  onExpand,
}: {
  fold: CollapsedRun;
  columns: number;
  onExpand: () => void;
}) {
  const count = fold.lines.length;
  return (
    <tr>
      <td colSpan={columns} className="p-0">
        <button
          type="button"
          onClick={onExpand}
          className="flex w-full items-center gap-2 bg-hover/60 px-3 py-1 text-left font-sans text-[11.5px] text-fg-muted transition-colors hover:bg-hover hover:text-fg"
        >
          <ChevronsUpDown className="size-3" aria-hidden="true" />
          Show {count} unchanged {count === 1 ? "line" : "lines"}
        </button>
      </td>
    </tr>
  );
}
