import type { ApprovalMode, McpServerView } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { ApprovalSelect } from "../tools/approval-select.js";
import { approvalShortLabels } from "../tools/tool-labels.js";
import { toolsQuery } from "../tools/tool-queries.js";
import { useToolPolicy } from "../tools/use-tool-policy.js";
import { McpServerLog } from "./mcp-server-log.js";
import { McpToolItem } from "./mcp-tool-item.js";
import { inferServerOverride, mcpToolId } from "./mcp-status.js";
import { mcpServerToolsQuery } from "./mcp-queries.js";

/** The expanded part of a server row: its last error and stderr, approvals, and its tools. */
export function McpServerDetails({ server }: { server: McpServerView }) {
  const runnable = server.enabled && (server.transport.type === "http" || server.consented);
  // A failed server's error is shown above; listing would only retry the connection and repeat it.
  const failed = server.status === "error";
  // Listing a server that waits for sign-in would only be refused again; the row's banner asks for it.
  const needsAuth = server.status === "needs-auth";
  const tools = useQuery({ ...mcpServerToolsQuery(server.id), enabled: runnable && !failed && !needsAuth });
  const registry = useQuery(toolsQuery);
  const policy = useToolPolicy();
  // The API does not report the server-wide override, so the last choice made here wins over the guess.
  const [chosen, setChosen] = useState<ApprovalMode | null | undefined>(undefined);
  const serverOverride = chosen !== undefined ? chosen : inferServerOverride(registry.data ?? [], server.id);
  const serverDefault: ApprovalMode = server.trusted ? "auto" : "ask";
  const infoById = new Map((registry.data ?? []).map((tool) => [tool.id, tool]));

  return (
    <div data-testid={`mcp-details-${server.id}`} className="flex flex-col gap-3 px-4 py-3">
      <McpServerLog server={server} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="text-[13px] font-medium text-fg">Approval for all its tools</p>
          <p className="text-[12px] text-fg-muted">
            {server.trusted
              ? "Trusted: its tools run without asking unless you choose otherwise."
              : "Covalt asks before each call unless you choose otherwise."}
          </p>
        </div>
        <ApprovalSelect
          label={`Approval for every tool of ${server.name}`}
          testId={`mcp-approval-${server.id}`}
          value={serverOverride}
          defaultLabel={approvalShortLabels[serverDefault]}
          disabled={policy.isPending}
          onChange={(approval) => {
            setChosen(approval);
            policy.mutate({ target: `mcp:${server.id}`, approval });
          }}
        />
      </div>
      {policy.error && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          Could not change the approval: {errorMessage(policy.error)}
        </p>
      )}
      {!runnable ? (
        <p className="text-[13px] text-fg-muted">
          {server.enabled
            ? `Allow ${server.name} to run to see its tools.`
            : `Turn ${server.name} on to see its tools.`}
        </p>
      ) : failed ? (
        <p className="text-[13px] text-fg-muted">Fix the problem above, then reconnect to see its tools.</p>
      ) : needsAuth ? (
        <p className="text-[13px] text-fg-muted">Sign in to {server.name} to see its tools.</p>
      ) : tools.isPending ? (
        <p className="flex items-center gap-2 text-[13px] text-fg-muted">
          <Spinner className="size-4" label="Loading tools" /> Connecting and listing tools…
        </p>
      ) : tools.error ? (
        <p role="alert" className="text-[13px] text-danger-fg">
          Could not list its tools: {errorMessage(tools.error)}
        </p>
      ) : tools.data.length === 0 ? (
        <p className="text-[13px] text-fg-muted">This server offers no tools.</p>
      ) : (
        <ul data-testid={`mcp-tools-${server.id}`} className="-mx-4 divide-y divide-line/70 border-t border-line/70">
          {tools.data.map((tool) => (
            <McpToolItem
              key={tool.name}
              serverId={server.id}
              tool={tool}
              info={infoById.get(mcpToolId(server.id, tool.name))}
              fallback={serverOverride ?? serverDefault}
              policy={policy}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
