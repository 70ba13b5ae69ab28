import { Table2 } from "lucide-react";
import { useMemo } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { RendererCard } from "../renderer-card.js";
import type { RendererProps } from "../renderer-props.js";
import { buildTableModel, cellText } from "./table-model.js";

function Cell({ value }: { value: unknown }) {
  const text = cellText(value);
  const muted = value === null || value === undefined;
  const numeric = typeof value === "number" || typeof value === "bigint";
  return (
    <td
      title={text.length > 80 ? text : undefined}
      className={classNames(
        "max-w-[24rem] truncate border-b border-line px-3 py-1.5 align-top",
        muted && "text-fg-subtle italic",
        numeric && "text-right tabular-nums",
      )}
    >
      {text}
    </td>
  );
}

export function TableRenderer({ config, title }: RendererProps<"table">) {
  const model = useMemo(() => buildTableModel(config), [config]);
  const capped = model.rows.length < model.total;
  return (
    <RendererCard
      kind="table"
      icon={<Table2 aria-hidden="true" />}
      title={title ?? "Table"}
      actions={
        <span className="text-[11.5px] text-fg-subtle">
          {model.total} {model.total === 1 ? "row" : "rows"}
        </span>
      }
    >
      {model.total === 0 ? (
        <p className="px-3 py-2.5 text-[12.5px] text-fg-muted">No rows.</p>
      ) : (
        <div className="max-h-[28rem] overflow-auto">
          <table className="w-full border-separate border-spacing-0 text-[12.5px]">
            <thead>
              <tr>
                {model.columns.map((column) => (
                  <th
                    key={column}
                    scope="col"
                    className="sticky top-0 z-10 border-b border-line bg-code px-3 py-1.5 text-left font-medium whitespace-nowrap text-fg-muted"
                  >
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row, rowIndex) => (
                <tr key={rowIndex} className="hover:bg-hover/60">
                  {row.map((value, columnIndex) => (
                    <Cell key={columnIndex} value={value} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {capped && (
        <p className="border-t border-line px-3 py-1.5 text-[11.5px] text-fg-subtle">
          Showing {model.rows.length} of {model.total} rows.
        </p>
      )}
    </RendererCard>
  );
}
