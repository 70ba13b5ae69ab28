import { apiRoutes, type ToolInfo, type ToolsetInfo } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { DisclosureButton } from "../../shared/ui/disclosure-button.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { ApprovalSelect } from "./approval-select.js";
import { ToggleSwitch } from "./toggle-switch.js";
import { invalidateTools } from "./tool-queries.js";
import { ToolsetTools } from "./toolset-tools.js";
import { useToolPolicy } from "./use-tool-policy.js";

interface ToolsetRowProps {
  toolset: ToolsetInfo;
  tools: readonly ToolInfo[] | undefined;
  onUninstall: () => void;
}

export function ToolsetRow({ toolset, tools, onUninstall }: ToolsetRowProps) {
  const [expanded, setExpanded] = useState(false);
  const queryClient = useQueryClient();
  const policy = useToolPolicy();
  const enable = useMutation({
    mutationFn: (enabled: boolean) =>
      callApi(apiRoutes.updateToolset, { params: { toolsetId: toolset.id }, body: { enabled } }),
    onSettled: () => invalidateTools(queryClient),
  });
  const error = enable.error ?? policy.error;
  const toolCount = `${String(toolset.toolCount)} tool${toolset.toolCount === 1 ? "" : "s"}`;

  return (
    <li data-testid="toolset-row" data-toolset-id={toolset.id}>
      <div className="flex items-center gap-3 px-4 py-3.5">
        <DisclosureButton
          expanded={expanded}
          onToggle={() => {
            setExpanded((state) => !state);
          }}
          label={`${expanded ? "Hide" : "Show"} the tools of ${toolset.name}`}
          testId={`toolset-expand-${toolset.id}`}
        >
          <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
            <span className="font-medium text-fg">{toolset.name}</span>
            <span className="font-mono text-[11.5px] text-fg-subtle">v{toolset.version}</span>
            {toolset.builtin && (
              <span className="rounded-full bg-hover px-2 py-px text-[11px] font-medium text-fg-muted">Built-in</span>
            )}
            <span className="text-[12px] text-fg-subtle">{toolCount}</span>
          </span>
          {toolset.description && <span className="mt-0.5 block text-[13px] text-fg-muted">{toolset.description}</span>}
        </DisclosureButton>
        <div className="flex shrink-0 items-center gap-2">
          <ApprovalSelect
            label={`Approval for every tool of ${toolset.name}`}
            testId={`toolset-approval-${toolset.id}`}
            value={toolset.override}
            defaultLabel="per tool"
            disabled={policy.isPending}
            onChange={(approval) => {
              policy.mutate({ target: `toolset:${toolset.id}`, approval });
            }}
          />
          <ToggleSwitch
            label={toolset.enabled ? `Disable ${toolset.name}` : `Enable ${toolset.name}`}
            testId={`toolset-enabled-${toolset.id}`}
            checked={enable.isPending ? enable.variables : toolset.enabled}
            disabled={enable.isPending}
            onChange={(enabled) => {
              enable.mutate(enabled);
            }}
          />
          {!toolset.builtin && (
            <IconButton
              label={`Uninstall ${toolset.name}`}
              size="sm"
              data-testid={`toolset-uninstall-${toolset.id}`}
              className="hover:bg-danger-soft hover:text-danger-fg"
              onClick={onUninstall}
            >
              <Trash2 aria-hidden="true" />
            </IconButton>
          )}
        </div>
      </div>
      {error && (
        <p role="alert" className="mx-4 mb-3 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          {errorMessage(error)}
        </p>
      )}
      {expanded && (
        <div className="border-t border-line bg-canvas/40 pb-1">
          <ToolsetTools toolset={toolset} tools={tools} />
        </div>
      )}
    </li>
  );
}
