import type { ApprovalDecision, ToolCallBlock } from "@covalt/contracts";
import { CircleAlert, Pencil, ShieldQuestion } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../../../shared/api/error-message.js";
import { Button } from "../../../shared/ui/button.js";
import { buttonStyles } from "../../../shared/ui/button-styles.js";
import { classNames } from "../../../shared/ui/class-names.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { prettyValue } from "../../renderers/default/default-output.js";
import { RenderedPlan } from "../../renderers/rendered-plan.js";
import { ApprovalArgumentsForm } from "./approval-arguments-form.js";
import { argumentForm, type ArgumentField, parseArgumentForm, sameArguments } from "./approval-fields.js";
import { ApprovalRiskBadge } from "./approval-risk-badge.js";
import { useToolRunId } from "./tool-run-context.js";
import { useAnswerApproval } from "./use-answer-approval.js";
import { useToolSchema } from "./use-tool-schema.js";

type Approval = NonNullable<ToolCallBlock["approval"]>;

const decisions: { decision: ApprovalDecision; label: string; variant: "primary" | "secondary" | "ghost" }[] = [
  { decision: "allow-once", label: "Allow once", variant: "primary" },
  { decision: "allow-chat", label: "Allow for this chat", variant: "secondary" },
  { decision: "allow-always", label: "Always allow", variant: "secondary" },
  { decision: "deny", label: "Deny", variant: "ghost" },
];

/** Nothing else holds focus (the page just loaded or the user clicked outside any control). */
function focusIsFree(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/** A call waiting for the user: what it would do, its arguments (editable), and the four answers. */
export function ApprovalCard({ block, approval }: { block: ToolCallBlock; approval: Approval }) {
  const runId = useToolRunId();
  const answer = useAnswerApproval(runId, approval.approvalId);
  const [editing, setEditing] = useState(false);
  const schema = useToolSchema(block.toolId);
  const [fields, setFields] = useState<ArgumentField[]>([]);
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const allowOnceRef = useRef<HTMLButtonElement>(null);
  const busy = answer.isPending;

  useEffect(() => {
    if (focusIsFree()) allowOnceRef.current?.focus({ preventScroll: true });
  }, []);

  const submit = (decision: ApprovalDecision) => {
    setFormError(undefined);
    let input: unknown;
    if (editing && decision !== "deny") {
      const parsed = parseArgumentForm({ ...argumentForm(block.input, schema), fields });
      if (!parsed.ok) {
        setFormError("Fix the highlighted arguments first.");
        return;
      }
      if (!sameArguments(parsed.input, block.input)) input = parsed.input;
    }
    answer.mutate({ decision, input });
  };

  return (
    <div
      data-testid="approval-card"
      role="group"
      aria-label={`Approval for ${block.toolName}`}
      className="flex flex-col gap-3 border-t border-line px-3.5 py-3"
    >
      <div className="flex items-start gap-2.5">
        <ShieldQuestion className="mt-0.5 size-4 shrink-0 text-warning-fg" aria-hidden="true" />
        <div className="min-w-0 flex-1">
          <p className="text-[13.5px] text-fg">
            Allow <span className="font-mono text-[12.5px] font-medium">{block.toolName}</span> to run?
          </p>
          {approval.reason !== undefined && <p className="mt-0.5 text-[13px] text-fg-muted">{approval.reason}</p>}
        </div>
        <ApprovalRiskBadge risk={approval.risk} />
      </div>

      {approval.preview !== undefined && (
        <RenderedPlan plan={approval.preview} fallbackValue={approval.preview.config} mode="preview" />
      )}

      <div>
        <div className="mb-1 flex items-center justify-between gap-2">
          <p className="text-[12px] font-medium text-fg-subtle">Arguments</p>
          <Button
            size="xs"
            variant="ghost"
            aria-pressed={editing}
            data-testid="approval-edit-toggle"
            disabled={busy}
            onClick={() => {
              // Start from the model's arguments and the schema as they are now (it may have loaded since).
              if (!editing) setFields(argumentForm(block.input, schema).fields);
              setEditing(!editing);
              setFormError(undefined);
            }}
          >
            <Pencil aria-hidden="true" />
            {editing ? "Use the model's arguments" : "Edit arguments"}
          </Button>
        </div>
        {editing ? (
          <ApprovalArgumentsForm fields={fields} onChange={setFields} disabled={busy} />
        ) : (
          <pre className="max-h-56 overflow-auto rounded-lg bg-code px-3 py-2 font-mono text-[12px] whitespace-pre-wrap break-words text-fg">
            {block.input === undefined ? block.inputText || "—" : prettyValue(block.input)}
          </pre>
        )}
      </div>

      <div className="flex flex-wrap items-center gap-2">
        {decisions.map(({ decision, label, variant }) => (
          // Native buttons: the shared Button does not forward refs, and "Allow once" needs one for focus.
          <button
            key={decision}
            type="button"
            ref={decision === "allow-once" ? allowOnceRef : undefined}
            disabled={busy}
            data-testid={`approval-${decision}`}
            onClick={() => {
              submit(decision);
            }}
            className={buttonStyles(variant, "sm", classNames(decision === "deny" && "hover:text-danger-fg"))}
          >
            {busy && answer.variables.decision === decision && <Spinner />}
            {label}
          </button>
        ))}
      </div>

      {(formError !== undefined || answer.isError) && (
        <p role="alert" className="flex items-center gap-1.5 text-[12.5px] text-danger-fg">
          <CircleAlert className="size-3.5 shrink-0" aria-hidden="true" />
          {formError ?? errorMessage(answer.error)}
        </p>
      )}
    </div>
  );
}
