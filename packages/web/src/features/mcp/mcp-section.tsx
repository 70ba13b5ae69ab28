import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FileDown, Plus, Server } from "lucide-react";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { queryKeys } from "../../shared/api/query-keys.js";
import { Button } from "../../shared/ui/button.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { Spinner } from "../../shared/ui/spinner.js";
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
        {servers.isPending ? (
          <div className="flex justify-center px-4 py-8 text-fg-subtle">
            <Spinner className="size-5" label="Loading MCP servers" />
          </div>
        ) : servers.error ? (
          <p role="alert" className="px-4 py-4 text-[13px] text-danger-fg">
            Could not load MCP servers: {errorMessage(servers.error)}
          </p>
        ) : servers.data.length === 0 ? (
          <div className="flex flex-col items-center px-6 py-8 text-center">
            <div className="flex size-10 items-center justify-center rounded-xl bg-hover text-fg-muted">
              <Server className="size-5" aria-hidden="true" />
            </div>
            <p className="mt-3 font-medium">No MCP servers yet</p>
            <p className="mt-1 max-w-sm text-[13px] text-fg-muted">
              Add one by command or URL, or import the configuration you use in Claude Desktop or Cursor.
            </p>
          </div>
        ) : (
          <ul className="divide-y divide-line" data-testid="mcp-server-list">
            {servers.data.map((server) => (
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
            ))}
          </ul>
        )}
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
