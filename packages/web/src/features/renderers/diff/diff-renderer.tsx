import { FileDiff } from "lucide-react";
import { useMemo, useState } from "react";
import { SegmentedControl } from "../../../shared/ui/segmented-control.js";
import { RendererCard } from "../renderer-card.js";
import type { RendererProps } from "../renderer-props.js";
import { buildDiffLines, collapseUnchanged, diffStats, expandFolds, toSplitItems } from "./diff-model.js";
import { DiffSplitView } from "./diff-split-view.js";
import { DiffUnifiedView } from "./diff-unified-view.js";

type DiffLayout = "unified" | "split";

const layoutOptions = [
  { value: "unified", label: "Inline" },
  { value: "split", label: "Side by side" },
] as const;

export function DiffRenderer({ config, title }: RendererProps<"diff">) {
  const isNewFile = config.before === "";
  const [layout, setLayout] = useState<DiffLayout>("unified");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const lines = useMemo(() => buildDiffLines(config.before, config.after), [config.before, config.after]);
  const stats = useMemo(() => diffStats(lines), [lines]);
  const items = useMemo(() => expandFolds(collapseUnchanged(lines), expanded), [lines, expanded]);
  const expand = (id: string) => {
    setExpanded((current) => new Set(current).add(id));
  };

  return (
    <RendererCard
      kind="diff"
      icon={<FileDiff aria-hidden="true" />}
      title={
        <>
          {title ?? config.path ?? "Changes"}
          {isNewFile && <span className="ml-2 font-sans text-fg-subtle">new file</span>}
        </>
      }
      actions={
        <>
          <span className="font-mono text-[11.5px]" aria-label={`${stats.added} added, ${stats.removed} removed`}>
            <span className="text-success-fg">+{stats.added}</span>{" "}
            <span className="text-danger-fg">−{stats.removed}</span>
          </span>
          {!isNewFile && lines.length > 0 && (
            <span className="origin-right scale-90">
              <SegmentedControl
                label="Diff layout"
                options={layoutOptions}
                value={layout}
                onChange={setLayout}
                testIdPrefix="diff-layout"
              />
            </span>
          )}
        </>
      }
    >
      <div className="max-h-[28rem] overflow-auto bg-code text-fg">
        {lines.length === 0 ? (
          <p className="px-3 py-2.5 font-sans text-[12.5px] text-fg-muted">No changes.</p>
        ) : layout === "split" && !isNewFile ? (
          <DiffSplitView items={toSplitItems(items)} onExpand={expand} />
        ) : (
          <DiffUnifiedView items={items} onExpand={expand} />
        )}
      </div>
    </RendererCard>
  );
}
