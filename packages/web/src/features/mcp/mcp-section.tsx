import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FileDown, Plus, Server } from "lucide-react";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { queryKeys } from "../../shared/api/query-keys.js";
import { Button } from "../../shared/ui/button.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { SettingsEmptyState } from "../settings/settings-empty-state.js";
import { SettingsQueryList } from "../settings/settings-query-list.js";
import { SettingsSection } from "../settings/settings-section.js";
import { McpConsentDialog } from "./mcp-consent-dialog.js";
import { McpImportDialog } from "./mcp-import-dialog.js";
import { invalidateMcp, mcpServersQuery } from "./mcp-queries.js";
import { McpServerDialog } from "./mcp-server-dialog.js";
import { McpServerRow } from "./mcp-server-row.js";
import { useMcpStatusUpdates } from "./use-mcp-status-updates.js";

/** Which dialog is open; servers are named by id so a dialog always shows the latest listing. */
type Open =
  | { kind: "add" }
  | { kind: "import" }
  | { kind: "edit"; serverId: string }
  | { kind: "consent"; serverId: string }
  | { kind: "delete"; serverId: string };

/** Settings → MCP servers: configured servers with live status, adding, importing and consent. */
export function McpSection() {
  const servers = useQuery(mcpServersQuery);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open | undefined>(undefined);
  useMcpStatusUpdates();
  const close = () => {
    setOpen(undefined);
  };
  const target = open && "serverId" in open ? servers.data?.find((server) => server.id === open.serverId) : undefined;

  const remove = useMutation({
    mutationFn: (serverId: string) => callApi(apiRoutes.deleteMcpServer, { params: { serverId } }),
    onSuccess: async (_ok, serverId) => {
      // Drop the row first, so its open details do not refetch the tools of a server that is gone.
      queryClient.setQueryData<{ servers: McpServerView[] }>(queryKeys.mcpServers, (data) =>
        data === undefined ? data : { servers: data.servers.filter((server) => server.id !== serverId) },
      );
      queryClient.removeQueries({ queryKey: queryKeys.mcpServerTools(serverId) });
      await invalidateMcp(queryClient);
      close();
    },
  });

  return (
    <div data-testid="settings-mcp">
      <SettingsSection
        id="mcp"
        title="MCP servers"
        description="Model Context Protocol servers add tools from local programs or online services."
        action={
          <div className="flex gap-2">
            <Button
              size="sm"
              variant="ghost"
              data-testid="mcp-import"
              onClick={() => {
                setOpen({ kind: "import" });
              }}
            >
              <FileDown aria-hidden="true" />
              Import
            </Button>
            <Button
              size="sm"
              variant="secondary"
              data-testid="mcp-add"
              onClick={() => {
                setOpen({ kind: "add" });
              }}
            >
              <Plus aria-hidden="true" />
              Add server
            </Button>
          </div>
        }
      >
        <SettingsQueryList
          query={servers}
          noun="MCP servers"
          testId="mcp-server-list"
          empty={
            <SettingsEmptyState
              icon={Server}
              title="No MCP servers yet"
              description="Add one by command or URL, or import the configuration you use in Claude Desktop or Cursor."
            />
          }
        >
          {(server) => (
            <McpServerRow
              key={server.id}
              server={server}
              onEdit={() => {
                setOpen({ kind: "edit", serverId: server.id });
              }}
              onConsent={() => {
                setOpen({ kind: "consent", serverId: server.id });
              }}
              onDelete={() => {
                remove.reset();
                setOpen({ kind: "delete", serverId: server.id });
              }}
            />
          )}
        </SettingsQueryList>
      </SettingsSection>

      {(open?.kind === "add" || (open?.kind === "edit" && target)) && (
        <McpServerDialog server={target} onClose={close} onSaved={(saved) => afterSave(saved)} />
      )}
      {open?.kind === "consent" && target && <McpConsentDialog server={target} onClose={close} />}
      {open?.kind === "import" && (
        <McpImportDialog existingNames={new Set(servers.data?.map((server) => server.name))} onClose={close} />
      )}
      <ConfirmDialog
        open={open?.kind === "delete" && target !== undefined}
        testId="mcp-delete-dialog"
        title={`Remove ${target?.name ?? "server"}?`}
        description="It is stopped and its settings and stored secrets are deleted. Chats can no longer call its tools."
        confirmLabel={remove.isPending ? "Removing…" : "Remove"}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onCancel={close}
        onConfirm={() => {
          if (target) remove.mutate(target.id);
        }}
      />
    </div>
  );

  /** A stdio server that now waits for consent goes straight to the consent screen. */
  function afterSave(saved: McpServerView) {
    const waits = saved.transport.type === "stdio" && !saved.consented;
    setOpen(waits ? { kind: "consent", serverId: saved.id } : undefined);
  }
}
