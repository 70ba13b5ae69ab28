import { apiRoutes, type ApprovalMode, type McpToolView, type ToolInfo } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Braces, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { ApprovalSelect } from "../tools/approval-select.js";
import { RiskBadge } from "../tools/risk-badge.js";
import { approvalShortLabels } from "../tools/tool-labels.js";
import type { useToolPolicy } from "../tools/use-tool-policy.js";
import { mcpToolId } from "./mcp-status.js";
import { invalidateMcp } from "./mcp-queries.js";

interface McpToolItemProps {
  serverId: string;
  tool: McpToolView;
  /** The tool as the tool list knows it (with its own override); absent while loading or when hidden. */
  info: ToolInfo | undefined;
  /** What the tool does without its own override: the server's override, else the server's default. */
  fallback: ApprovalMode;
  policy: ReturnType<typeof useToolPolicy>;
}

export function McpToolItem({ serverId, tool, info, fallback, policy }: McpToolItemProps) {
  const [schemaOpen, setSchemaOpen] = useState(false);
  // A changed tool is missing from the tool list, so its own override is only known once chosen here.
  const [chosen, setChosen] = useState<ApprovalMode | null | undefined>(undefined);
  const queryClient = useQueryClient();
  const acknowledge = useMutation({
    mutationFn: () => callApi(apiRoutes.acknowledgeMcpTool, { params: { serverId, toolName: tool.name } }),
    onSettled: () => invalidateMcp(queryClient),
  });

  return (
    <li data-testid="mcp-tool" data-tool-name={tool.name} className="flex flex-col gap-1.5 py-2.5 pr-4 pl-8">
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-[12.5px] text-fg">{tool.name}</span>
            {tool.title && <span className="text-[12px] text-fg-muted">{tool.title}</span>}
            <RiskBadge risk={tool.risk} />
          </p>
          {!tool.changed && <p className="mt-0.5 text-[12px] whitespace-pre-line text-fg-muted">{tool.description}</p>}
        </div>
        <button
          type="button"
          aria-expanded={schemaOpen}
          data-testid={`mcp-schema-toggle-${tool.name}`}
          onClick={() => {
            setSchemaOpen((open) => !open);
          }}
          className="inline-flex h-7 shrink-0 items-center gap-1 rounded-lg px-2 text-[12px] text-fg-muted hover:bg-hover hover:text-fg"
        >
          <Braces aria-hidden="true" className="size-3.5" />
          {schemaOpen ? "Hide inputs" : "Inputs"}
        </button>
        <ApprovalSelect
          label={`Approval for ${tool.name}`}
          testId={`mcp-tool-approval-${tool.name}`}
          value={chosen !== undefined ? chosen : (info?.override ?? null)}
          defaultLabel={approvalShortLabels[fallback]}
          disabled={policy.isPending}
          onChange={(approval) => {
            setChosen(approval);
            policy.mutate({ target: mcpToolId(serverId, tool.name), approval });
          }}
        />
      </div>
      {tool.changed && (
        <div
          data-testid={`mcp-tool-changed-${tool.name}`}
          className="flex flex-col gap-2 rounded-lg border border-warning-fg/30 bg-warning-soft px-3 py-2 text-[12.5px]"
        >
          <p className="flex items-center gap-1.5 font-medium text-warning-fg">
            <TriangleAlert aria-hidden="true" className="size-3.5" />
            Changed since you approved it — it will not run until you accept the new version.
          </p>
          <p className="text-[12px] text-fg-muted">New description:</p>
          <p className="rounded-md bg-card px-2 py-1.5 text-[12.5px] whitespace-pre-line text-fg">
            {tool.description || "(no description)"}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Button
              size="xs"
              variant="primary"
              data-testid={`mcp-acknowledge-${tool.name}`}
              disabled={acknowledge.isPending}
              onClick={() => {
                acknowledge.mutate();
              }}
            >
              {acknowledge.isPending ? "Accepting…" : "Review & accept"}
            </Button>
            <span className="text-[12px] text-fg-muted">Check its inputs too before you accept.</span>
          </div>
          {acknowledge.error && (
            <p role="alert" className="text-danger-fg">
              {errorMessage(acknowledge.error)}
            </p>
          )}
        </div>
      )}
      {schemaOpen && (
        <pre
          data-testid={`mcp-schema-${tool.name}`}
          className="max-h-64 overflow-auto rounded-lg bg-code px-3 py-2 font-mono text-[11.5px] whitespace-pre text-fg"
        >
          {JSON.stringify(tool.inputSchema, null, 2)}
        </pre>
      )}
    </li>
  );
}
