import { apiRoutes, type McpInteraction, type McpInteractionAnswer } from "@covalt/contracts";
import { type ReactNode, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { classNames } from "../../shared/ui/class-names.js";
import { InteractionActions } from "./interaction-actions.js";
import type { InteractionPlacement } from "./interaction-placement.js";

/** What a wrapper arranges: the preview, its buttons, and what closing the wrapper means. */
export interface SamplingParts {
  preview: ReactNode;
  actions: ReactNode;
  /** Declines while the request is under review; once its result is shown, closes it. */
  close: () => void;
}

interface Props {
  interaction: McpInteraction;
  placement: InteractionPlacement;
  /** The body stays up after approval to show the completion: the wrapper must keep it while `true`. */
  onHold: (holding: boolean) => void;
  onDone: (requestId: string) => void;
  children: (parts: SamplingParts) => ReactNode;
}

type Phase = { step: "review" } | { step: "running" } | { step: "done"; answer: McpInteractionAnswer };

/**
 * An MCP server asks for an LLM completion: the user sees what would be sent and approves it
 * (it then runs on the chat's model and the result is shown) or declines. Owns the answer; the
 * dialog and the inline card only decide where the parts go.
 */
export function SamplingBody({ interaction, placement, onHold, onDone, children }: Props) {
  const [phase, setPhase] = useState<Phase>({ step: "review" });
  const [failure, setFailure] = useState<string>();
  const inline = placement === "inline";

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

  const running = phase.step === "running";
  const actions =
    phase.step === "done" ? (
      <Button variant={inline ? "secondary" : "primary"} size="sm" onClick={close} data-testid="mcp-sampling-close">
        Close
      </Button>
    ) : (
      <InteractionActions
        placement={placement}
        disabled={running}
        actions={[
          {
            label: running ? "Running…" : "Approve",
            variant: "primary",
            testId: "mcp-sampling-approve",
            onClick: () => void answer("accept"),
          },
          {
            label: "Decline",
            variant: "secondary",
            testId: "mcp-sampling-decline",
            onClick: () => void answer("decline"),
          },
        ]}
      />
    );

  // Inline, long prompts scroll inside their box instead of stretching the transcript.
  const textBox = classNames(
    "rounded-lg border border-line bg-canvas p-2.5 font-sans break-words whitespace-pre-wrap",
    inline && "max-h-48 overflow-y-auto",
  );
  const preview = (
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
          <pre className={textBox}>{interaction.systemPrompt}</pre>
        </section>
      )}
      <section data-testid="mcp-sampling-messages">
        <h3 className="mb-1 text-[12px] font-medium text-fg-muted uppercase">Messages</h3>
        <ol className="flex flex-col gap-2">
          {(interaction.messages ?? []).map((message, index) => (
            <li key={index} className={textBox}>
              <div className="mb-1 text-[12px] font-medium text-fg-muted capitalize">{message.role}</div>
              {message.text}
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
            <pre className={textBox}>{phase.answer.text}</pre>
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
  );

  return children({ preview, actions, close });
}
