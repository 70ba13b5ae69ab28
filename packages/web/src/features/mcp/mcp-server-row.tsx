import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, RotateCw, ShieldAlert, Trash2, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { classNames } from "../../shared/ui/class-names.js";
import { DisclosureButton } from "../../shared/ui/disclosure-button.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { ToggleSwitch } from "../tools/toggle-switch.js";
import { McpServerDetails } from "./mcp-server-details.js";
import { McpSignInBanner, McpSignOutButton } from "./mcp-sign-in.js";
import { McpStatusBadge } from "./mcp-status-badge.js";
import { transportSummary } from "./mcp-status.js";
import { invalidateMcp } from "./mcp-queries.js";

interface McpServerRowProps {
  server: McpServerView;
  onEdit: () => void;
  onDelete: () => void;
  onConsent: () => void;
}

const pill = "rounded-full px-2 py-px text-[11px] font-medium";

export function McpServerRow({ server, onEdit, onDelete, onConsent }: McpServerRowProps) {
  const [expanded, setExpanded] = useState(false);
  const queryClient = useQueryClient();
  const params = { serverId: server.id };
  const enable = useMutation({
    mutationFn: (enabled: boolean) => callApi(apiRoutes.updateMcpServer, { params, body: { enabled } }),
    onSettled: () => invalidateMcp(queryClient),
  });
  const restart = useMutation({
    mutationFn: () => callApi(apiRoutes.restartMcpServer, { params }),
    onSettled: () => invalidateMcp(queryClient),
  });
  const error = enable.error ?? restart.error;
  const needsConsent = server.transport.type === "stdio" && !server.consented;
  const changed = server.changedTools.length;

  return (
    <li data-testid="mcp-server-row" data-server-id={server.id} data-status={server.status}>
      <div className="flex items-center gap-3 px-4 py-3.5">
        <DisclosureButton
          expanded={expanded}
          onToggle={() => {
            setExpanded((state) => !state);
          }}
          label={`${expanded ? "Hide" : "Show"} the details of ${server.name}`}
          testId={`mcp-expand-${server.id}`}
        >
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium text-fg">{server.name}</span>
            <McpStatusBadge status={server.status} serverId={server.id} />
            {server.trusted && <span className={classNames(pill, "bg-accent-soft text-accent-fg")}>Trusted</span>}
            {server.origin === "import" && <span className={classNames(pill, "bg-hover text-fg-muted")}>Imported</span>}
            {server.toolCount > 0 && (
              <span className="text-[12px] text-fg-subtle">
                {server.toolCount} tool{server.toolCount === 1 ? "" : "s"}
              </span>
            )}
            {changed > 0 && (
              <span
                data-testid={`mcp-changed-${server.id}`}
                className={classNames(pill, "inline-flex items-center gap-1 bg-warning-soft text-warning-fg")}
              >
                <TriangleAlert aria-hidden="true" className="size-3" />
                {changed} changed tool{changed === 1 ? "" : "s"}
              </span>
            )}
          </span>
          <span className="mt-0.5 block truncate font-mono text-[12px] text-fg-muted" title={transportSummary(server)}>
            {transportSummary(server)}
          </span>
        </DisclosureButton>
        <div className="flex shrink-0 items-center gap-1">
          <ToggleSwitch
            label={server.enabled ? `Turn off ${server.name}` : `Turn on ${server.name}`}
            testId={`mcp-enabled-${server.id}`}
            checked={enable.isPending ? enable.variables : server.enabled}
            disabled={enable.isPending}
            onChange={(enabled) => {
              enable.mutate(enabled);
            }}
          />
          <IconButton
            label={`Reconnect ${server.name}`}
            size="sm"
            className="ml-1.5"
            data-testid={`mcp-restart-${server.id}`}
            disabled={restart.isPending || !server.enabled || needsConsent}
            onClick={() => {
              restart.mutate();
            }}
          >
            <RotateCw aria-hidden="true" className={restart.isPending ? "animate-spin" : undefined} />
          </IconButton>
          <McpSignOutButton server={server} />
          <IconButton label={`Edit ${server.name}`} size="sm" data-testid={`mcp-edit-${server.id}`} onClick={onEdit}>
            <Pencil aria-hidden="true" />
          </IconButton>
          <IconButton
            label={`Remove ${server.name}`}
            size="sm"
            data-testid={`mcp-delete-${server.id}`}
            className="hover:bg-danger-soft hover:text-danger-fg"
            onClick={onDelete}
          >
            <Trash2 aria-hidden="true" />
          </IconButton>
        </div>
      </div>
      {needsConsent && (
        <div className="mx-4 mb-3 flex flex-wrap items-center gap-3 rounded-lg bg-warning-soft px-3 py-2 text-[12.5px] text-warning-fg">
          <ShieldAlert aria-hidden="true" className="size-4 shrink-0" />
          <p className="min-w-0 flex-1">
            {server.origin === "import" ? "Imported: " : ""}
            This command has not been approved to run on this computer yet.
          </p>
          <Button size="xs" variant="primary" data-testid={`mcp-consent-${server.id}`} onClick={onConsent}>
            Review and allow
          </Button>
        </div>
      )}
      {server.status === "needs-auth" && server.transport.type === "http" && <McpSignInBanner server={server} />}
      {error && (
        <p role="alert" className="mx-4 mb-3 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          {errorMessage(error)}
        </p>
      )}
      {expanded && (
        <div className="border-t border-line bg-canvas/40">
          <McpServerDetails server={server} />
        </div>
      )}
    </li>
  );
}
