import { apiRoutes, type ToolInfo, type ToolsetInfo } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Wrench } from "lucide-react";
import { useMemo, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { SettingsEmptyState } from "../settings/settings-empty-state.js";
import { SettingsQueryList } from "../settings/settings-query-list.js";
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
        <SettingsQueryList
          query={toolsets}
          noun="toolsets"
          testId="toolset-list"
          empty={<SettingsEmptyState icon={Wrench} title="No toolsets installed" />}
        >
          {(toolset) => (
            <ToolsetRow
              key={toolset.id}
              toolset={toolset}
              tools={tools.isPending ? undefined : (toolsByToolset.get(toolset.id) ?? [])}
              onUninstall={() => {
                uninstall.reset();
                setRemoving(toolset);
              }}
            />
          )}
        </SettingsQueryList>
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
