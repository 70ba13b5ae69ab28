import type { McpServerStatus } from "@covalt/contracts";
import { classNames } from "../../shared/ui/class-names.js";
import { statusLabels, statusTones } from "./mcp-status.js";

export function McpStatusBadge({ status, serverId }: { status: McpServerStatus; serverId: string }) {
  return (
    <span
      data-testid={`mcp-status-${serverId}`}
      data-status={status}
      className={classNames(
        "inline-flex h-[18px] shrink-0 items-center gap-1 rounded-full px-1.5 text-[10.5px] font-medium",
        statusTones[status],
      )}
    >
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current opacity-80" />
      {statusLabels[status]}
    </span>
  );
}
