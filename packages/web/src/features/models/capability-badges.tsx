import type { ModelInfo } from "@covalt/contracts";
import { Brain, Eye, Wrench, type LucideIcon } from "lucide-react";
import { compactNumber } from "../../shared/format/compact-number.js";

const capabilities: { key: "reasoning" | "toolCalling" | "vision"; label: string; icon: LucideIcon }[] = [
  { key: "reasoning", label: "Reasoning", icon: Brain },
  { key: "toolCalling", label: "Tool use", icon: Wrench },
  { key: "vision", label: "Vision", icon: Eye },
];

/** Small icons for what a model can do, plus its context window; each has a tooltip and a label. */
export function CapabilityBadges({ model }: { model: ModelInfo }) {
  const present = capabilities.filter((capability) => model[capability.key] === true);
  if (present.length === 0 && model.contextWindow === undefined) return null;
  return (
    <span className="flex shrink-0 items-center gap-1 text-fg-subtle">
      {present.map((capability) => {
        const Icon = capability.icon;
        return (
          <span
            key={capability.key}
            title={capability.label}
            data-capability={capability.key}
            className="flex size-5 items-center justify-center rounded-md border border-line"
          >
            <Icon className="size-3" aria-hidden="true" />
            <span className="sr-only">{capability.label}</span>
          </span>
        );
      })}
      {model.contextWindow !== undefined && (
        <span
          title={`${model.contextWindow.toLocaleString()} token context window`}
          className="ml-0.5 font-mono text-[11px] tabular-nums"
        >
          {compactNumber(model.contextWindow)}
        </span>
      )}
    </span>
  );
}
