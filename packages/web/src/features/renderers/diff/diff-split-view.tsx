import { classNames } from "../../../shared/ui/class-names.js";
import { DiffFoldRow } from "./diff-fold-row.js";
import { lineBackground, numberCell, textCell } from "./diff-line-styles.js";
import type { DiffLine, SplitItem } from "./diff-model.js";

function Side({ line, side }: { line: DiffLine | undefined; side: "old" | "new" }) {
  if (line === undefined) {
    return (
      <>
        <td className={classNames(numberCell, "bg-hover/50")} />
        <td className={classNames(textCell, "bg-hover/50", side === "old" && "border-r border-line")} />
      </>
    );
  }
  const background = lineBackground[line.kind];
  return (
    <>
      <td className={classNames(numberCell, background)}>{side === "old" ? line.oldNumber : line.newNumber}</td>
      <td className={classNames(textCell, "w-1/2", background, side === "old" && "border-r border-line")}>
        <span className="sr-only">{line.kind === "context" ? "" : `${line.kind}: `}</span>
        {line.text}
      </td>
    </>
  );
}

/** Before on the left, after on the right, changed lines facing each other. */
export function DiffSplitView({ items, onExpand }: { items: readonly SplitItem[]; onExpand: (id: string) => void }) {
  return (
    <table className="w-full table-fixed border-collapse font-mono text-[12px] leading-[1.6]">
      <colgroup>
        <col className="w-10" />
        <col />
        <col className="w-10" />
        <col />
      </colgroup>
      <tbody>
        {items.map((item, index) =>
          item.type === "collapsed" ? (
            <DiffFoldRow
              key={item.id}
              fold={item}
              columns={4}
              onExpand={() => {
                onExpand(item.id);
              }}
            />
          ) : (
            <tr key={index}>
              <Side line={item.row.left} side="old" />
              <Side line={item.row.right} side="new" />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
