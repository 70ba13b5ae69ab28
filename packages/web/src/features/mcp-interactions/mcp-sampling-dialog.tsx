import { apiRoutes, type McpInteraction, type McpInteractionAnswer } from "@covalt/contracts";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { Dialog } from "../../shared/ui/dialog.js";

interface Props {
  interaction: McpInteraction;
  /** The dialog stays up after approval to show the completion: the host must keep it while `true`. */
  onHold: (holding: boolean) => void;
  onDone: (requestId: string) => void;
}

type Phase = { step: "review" } | { step: "running" } | { step: "done"; answer: McpInteractionAnswer };

/**
 * An MCP server asks for an LLM completion: the user sees what would be sent and approves it
 * (it then runs on the chat's model and the result is shown) or declines.
 */
export function McpSamplingDialog({ interaction, onHold, onDone }: Props) {
  const [phase, setPhase] = useState<Phase>({ step: "review" });
  const [failure, setFailure] = useState<string>();

  async function answer(action: "accept" | "decline") {
    setFailure(undefined);
    if (action === "accept") {
      onHold(true);
      setPhase({ step: "running" });
    }
    try {
      const result = await callApi(apiRoutes.answerMcpInteraction, {
        params: { requestId: interaction.requestId },
        body: { action },
      });
      if (action === "decline") {
        onDone(interaction.requestId);
        return;
      }
      setPhase({ step: "done", answer: result });
    } catch (error) {
      setFailure(errorMessage(error));
      setPhase({ step: "review" });
      onHold(false);
    }
  }

  function close() {
    if (phase.step === "review") {
      void answer("decline");
      return;
    }
    if (phase.step === "done") {
      onHold(false);
      onDone(interaction.requestId);
    }
  }

  return (
    <Dialog
      open
      size="lg"
      onClose={close}
      title={`${interaction.serverName} asks to use your model`}
      description="The MCP server wants an AI completion of the messages below. Nothing is sent to a model until you approve."
      testId="mcp-sampling-dialog"
      footer={
        phase.step === "done" ? (
          <Button variant="primary" size="sm" onClick={close} data-testid="mcp-sampling-close">
            Close
          </Button>
        ) : (
          <>
            <Button
              variant="secondary"
              size="sm"
              disabled={phase.step === "running"}
              onClick={() => void answer("decline")}
              data-testid="mcp-sampling-decline"
            >
              Decline
            </Button>
            <Button
              variant="primary"
              size="sm"
              disabled={phase.step === "running"}
              onClick={() => void answer("accept")}
              data-testid="mcp-sampling-approve"
            >
              {phase.step === "running" ? "Running…" : "Approve"}
            </Button>
          </>
        )
      }
    >
      <div className="flex flex-col gap-3 text-[13px]">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-fg-muted">
          <dt>Max tokens</dt>
          <dd className="text-fg" data-testid="mcp-sampling-max-tokens">
            {interaction.maxTokens ?? "—"}
          </dd>
        </dl>
        {interaction.systemPrompt !== undefined && (
          <section>
            <h3 className="mb-1 text-[12px] font-medium text-fg-muted uppercase">System prompt</h3>
            <pre className="rounded-lg border border-line bg-canvas p-2.5 font-sans whitespace-pre-wrap">
              {interaction.systemPrompt}
            </pre>
          </section>
        )}
        <section data-testid="mcp-sampling-messages">
          <h3 className="mb-1 text-[12px] font-medium text-fg-muted uppercase">Messages</h3>
          <ol className="flex flex-col gap-2">
            {(interaction.messages ?? []).map((message, index) => (
              <li key={index} className="rounded-lg border border-line bg-canvas p-2.5">
                <div className="mb-1 text-[12px] font-medium text-fg-muted capitalize">{message.role}</div>
                <pre className="font-sans whitespace-pre-wrap">{message.text}</pre>
              </li>
            ))}
          </ol>
        </section>
        {phase.step === "done" && (
          <section data-testid="mcp-sampling-result">
            <h3 className="mb-1 text-[12px] font-medium text-fg-muted uppercase">
              {phase.answer.outcome === "accept" ? "Sent back to the server" : "Not completed"}
            </h3>
            {phase.answer.outcome === "accept" ? (
              <pre className="rounded-lg border border-line bg-canvas p-2.5 font-sans whitespace-pre-wrap">
                {phase.answer.text}
              </pre>
            ) : (
              <p role="alert" className="text-danger-fg">
                {phase.answer.error ?? "The request ended before it ran."}
              </p>
            )}
          </section>
        )}
        {failure !== undefined && (
          <p role="alert" className="text-danger-fg">
            {failure}
          </p>
        )}
      </div>
    </Dialog>
  );
}
