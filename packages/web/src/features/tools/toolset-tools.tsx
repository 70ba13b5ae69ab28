import type { ToolInfo, ToolsetInfo } from "@covalt/contracts";
import { errorMessage } from "../../shared/api/error-message.js";
import { ApprovalSelect } from "./approval-select.js";
import { RiskBadge } from "./risk-badge.js";
import { approvalShortLabels } from "./tool-labels.js";
import { useToolPolicy } from "./use-tool-policy.js";

interface ToolsetToolsProps {
  toolset: ToolsetInfo;
  /** This toolset's tools; undefined while loading. */
  tools: readonly ToolInfo[] | undefined;
}

/** The expanded part of a toolset row: each tool with its risk and its own approval override. */
export function ToolsetTools({ toolset, tools }: ToolsetToolsProps) {
  const policy = useToolPolicy();
  if (!toolset.enabled) {
    return <p className="px-4 py-3 text-[13px] text-fg-muted">Enable {toolset.name} to see and configure its tools.</p>;
  }
  if (tools === undefined) return <p className="px-4 py-3 text-[13px] text-fg-muted">Loading tools…</p>;
  return (
    <div data-testid={`toolset-tools-${toolset.id}`}>
      {policy.error && (
        <p role="alert" className="mx-4 mt-2 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          Could not change the approval: {errorMessage(policy.error)}
        </p>
      )}
      <ul className="divide-y divide-line/70">
        {tools.map((tool) => {
          // Without its own override a tool follows its toolset's override, else its manifest default.
          const fallback = toolset.override ?? tool.defaultApproval;
          return (
            <li
              key={tool.id}
              data-testid="toolset-tool"
              data-tool-id={tool.id}
              className="flex items-center gap-3 py-2.5 pr-4 pl-8"
            >
              <div className="min-w-0 flex-1">
                <p className="flex items-center gap-2">
                  <span className="truncate font-mono text-[12.5px] text-fg">{tool.name}</span>
                  <RiskBadge risk={tool.risk} />
                </p>
                <p className="truncate text-[12px] text-fg-muted" title={tool.description}>
                  {tool.description}
                </p>
              </div>
              <ApprovalSelect
                label={`Approval for ${tool.name}`}
                testId={`tool-approval-${tool.name}`}
                value={tool.override}
                defaultLabel={approvalShortLabels[fallback]}
                disabled={policy.isPending}
                onChange={(approval) => {
                  policy.mutate({ target: tool.id, approval });
                }}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
