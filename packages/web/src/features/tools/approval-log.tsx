import type { ApprovalAuditEntry } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { PencilLine, RefreshCw } from "lucide-react";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { classNames } from "../../shared/ui/class-names.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { chatListQuery } from "../chat/chat-queries.js";
import { SettingsSection } from "../settings/settings-section.js";
import { decidedByLabels, outcomeLabels, outcomeTone } from "./tool-labels.js";
import { approvalAuditLimit, approvalAuditQuery } from "./tool-queries.js";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The latest approval decisions: which tool call was allowed or refused, where, and by whom. */
export function ApprovalLog() {
  const audit = useQuery(approvalAuditQuery);
  const chats = useQuery(chatListQuery);
  const entries = audit.data;
  const titles = new Map(chats.data?.map((chat) => [chat.id, chat.title]));
  return (
    <SettingsSection
      id="approval-log"
      title="Approval log"
      description={`The latest ${String(approvalAuditLimit)} decisions about tool calls.`}
      action={
        <Button
          size="sm"
          variant="secondary"
          disabled={audit.isFetching}
          data-testid="approval-log-refresh"
          onClick={() => void audit.refetch()}
        >
          <RefreshCw aria-hidden="true" className={classNames(audit.isFetching && "animate-spin")} />
          Refresh
        </Button>
      }
    >
      <div data-testid="approval-log">
        {audit.isPending ? (
          <div className="flex justify-center px-4 py-6 text-fg-subtle">
            <Spinner className="size-5" label="Loading the approval log" />
          </div>
        ) : audit.error ? (
          <p role="alert" className="px-4 py-4 text-[13px] text-danger-fg">
            Could not load the approval log: {errorMessage(audit.error)}
          </p>
        ) : entries === undefined || entries.length === 0 ? (
          <p className="px-4 py-6 text-center text-[13px] text-fg-muted">No tool call has needed a decision yet.</p>
        ) : (
          <ul className="max-h-[420px] divide-y divide-line overflow-y-auto">
            {entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} chatTitle={titles.get(entry.chatId)} />
            ))}
          </ul>
        )}
      </div>
    </SettingsSection>
  );
}

function AuditRow({ entry, chatTitle }: { entry: ApprovalAuditEntry; chatTitle: string | undefined }) {
  return (
    <li
      data-testid="approval-log-entry"
      data-outcome={entry.outcome}
      className="flex items-center gap-3 px-4 py-2.5 text-[12.5px]"
    >
      <div className="min-w-0 flex-1">
        <p className="truncate font-mono text-fg" title={entry.toolId}>
          {entry.toolId}
        </p>
        <p className="flex flex-wrap items-center gap-x-1.5 text-[12px] text-fg-subtle">
          <time dateTime={new Date(entry.at).toISOString()} className="tabular-nums">
            {timeFormat.format(entry.at)}
          </time>
          <span aria-hidden="true">·</span>
          <span>{decidedByLabels[entry.decidedBy]}</span>
          {entry.editedInput && (
            <span
              title="The arguments were edited before the call was allowed"
              data-testid="approval-log-edited"
              className="flex items-center gap-1 text-warning-fg"
            >
              <PencilLine className="size-3" aria-hidden="true" />
              edited
            </span>
          )}
        </p>
      </div>
      <span
        className={classNames("shrink-0 rounded-full px-2 py-px text-[11.5px] font-medium", outcomeTone(entry.outcome))}
      >
        {outcomeLabels[entry.outcome]}
      </span>
      <Link
        to="/chats/$chatId"
        params={{ chatId: entry.chatId }}
        title={chatTitle === undefined ? entry.chatId : `Open “${chatTitle || "Untitled chat"}”`}
        data-testid="approval-log-chat"
        className="w-32 shrink-0 truncate text-right font-medium text-accent-fg hover:underline"
      >
        {chatTitle === undefined ? "Open chat" : chatTitle || "Untitled chat"}
      </Link>
    </li>
  );
}
