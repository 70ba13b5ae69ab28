import { apiRoutes, type ToolInfo, type ToolsetInfo } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Wrench } from "lucide-react";
import { useMemo, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { SettingsSection } from "../settings/settings-section.js";
import { ApprovalLog } from "./approval-log.js";
import { InstallToolsetDialog } from "./install-toolset-dialog.js";
import { invalidateTools, toolsetsQuery, toolsQuery } from "./tool-queries.js";
import { ToolsetRow } from "./toolset-row.js";

/** Settings → Tools: installed toolsets, their approvals, installing new ones, and the approval log. */
export function ToolsSection() {
  const toolsets = useQuery(toolsetsQuery);
  const tools = useQuery(toolsQuery);
  const queryClient = useQueryClient();
  const [installing, setInstalling] = useState(false);
  const [removing, setRemoving] = useState<ToolsetInfo | undefined>(undefined);

  const uninstall = useMutation({
    mutationFn: (toolset: ToolsetInfo) => callApi(apiRoutes.uninstallToolset, { params: { toolsetId: toolset.id } }),
    onSuccess: async () => {
      await invalidateTools(queryClient);
      setRemoving(undefined);
    },
  });

  const toolList = tools.data;
  const toolsByToolset = useMemo(() => {
    const map = new Map<string, ToolInfo[]>();
    for (const tool of toolList ?? []) {
      if (tool.source.kind !== "toolset") continue;
      map.set(tool.source.id, [...(map.get(tool.source.id) ?? []), tool]);
    }
    return map;
  }, [toolList]);

  return (
    <div data-testid="settings-tools" className="flex flex-col gap-10">
      <SettingsSection
        id="tools"
        title="Tools"
        description="Toolsets give models abilities such as reading files or fetching pages. Choose which run unasked."
        action={
          <Button
            size="sm"
            variant="secondary"
            data-testid="install-toolset"
            onClick={() => {
              setInstalling(true);
            }}
          >
            <Plus aria-hidden="true" />
            Install toolset
          </Button>
        }
      >
        {toolsets.isPending ? (
          <div className="flex justify-center px-4 py-8 text-fg-subtle">
            <Spinner className="size-5" label="Loading toolsets" />
          </div>
        ) : toolsets.error ? (
          <p role="alert" className="px-4 py-4 text-[13px] text-danger-fg">
            Could not load toolsets: {errorMessage(toolsets.error)}
          </p>
        ) : toolsets.data.length === 0 ? (
          <div className="flex flex-col items-center px-6 py-8 text-center">
            <div className="flex size-10 items-center justify-center rounded-xl bg-hover text-fg-muted">
              <Wrench className="size-5" aria-hidden="true" />
            </div>
            <p className="mt-3 font-medium">No toolsets installed</p>
          </div>
        ) : (
          <ul className="divide-y divide-line" data-testid="toolset-list">
            {toolsets.data.map((toolset) => (
              <ToolsetRow
                key={toolset.id}
                toolset={toolset}
                tools={tools.isPending ? undefined : (toolsByToolset.get(toolset.id) ?? [])}
                onUninstall={() => {
                  uninstall.reset();
                  setRemoving(toolset);
                }}
              />
            ))}
          </ul>
        )}
      </SettingsSection>
      <ApprovalLog />

      <InstallToolsetDialog
        open={installing}
        onClose={() => {
          setInstalling(false);
        }}
      />
      <ConfirmDialog
        open={removing !== undefined}
        testId="uninstall-toolset-dialog"
        title={`Uninstall ${removing?.name ?? "toolset"}?`}
        description="Its files are removed from this computer. Chats that selected its tools can no longer call them."
        confirmLabel={uninstall.isPending ? "Uninstalling…" : "Uninstall"}
        pending={uninstall.isPending}
        error={uninstall.error ? errorMessage(uninstall.error) : undefined}
        onCancel={() => {
          setRemoving(undefined);
        }}
        onConfirm={() => {
          if (removing) uninstall.mutate(removing);
        }}
      />
    </div>
  );
}
