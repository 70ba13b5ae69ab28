import { classNames } from "../../../shared/ui/class-names.js";
import { DiffFoldRow } from "./diff-fold-row.js";
import { lineBackground, lineSign, numberCell, signColor, textCell } from "./diff-line-styles.js";
import type { DiffItem } from "./diff-model.js";

/** One column of lines, removals above the additions that replace them. */
export function DiffUnifiedView({ items, onExpand }: { items: readonly DiffItem[]; onExpand: (id: string) => void }) {
  return (
    <table className="w-full border-collapse font-mono text-[12px] leading-[1.6]">
      <tbody>
        {items.map((item, index) => {
          if (item.type === "collapsed") {
            return (
              <DiffFoldRow
                key={item.id}
                fold={item}
                columns={4}
                onExpand={() => {
                  onExpand(item.id);
                }}
              />
            );
          }
          const { line } = item;
          return (
            <tr key={index} data-kind={line.kind} className={lineBackground[line.kind]}>
              <td className={numberCell}>{line.oldNumber}</td>
              <td className={numberCell}>{line.newNumber}</td>
              <td className={classNames("w-px pr-1.5 align-top select-none", signColor[line.kind])} aria-hidden="true">
                {lineSign[line.kind]}
              </td>
              <td className={textCell}>
                <span className="sr-only">{line.kind === "context" ? "" : `${line.kind}: `}</span>
                {line.text}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
