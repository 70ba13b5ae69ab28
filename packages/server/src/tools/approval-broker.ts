import type { ApprovalAnswer as ApprovalAnswerBody, ToolDescriptor } from "@covalt/contracts";
import { type ApprovalAnswer, CovaltError } from "@covalt/core";

interface PendingApproval {
  runId: string;
  tool: ToolDescriptor;
  settle: (answer: ApprovalAnswer | "cancelled") => void;
}

/**
 * Approval requests waiting for the user. There is no timeout: a run waits as long as the user
 * needs (the request sits in the run log, so a reloaded page shows it again); cancelling the run
 * settles its requests as cancelled.
 */
export class ApprovalBroker {
  readonly #pending = new Map<string, PendingApproval>();

  constructor(
    private readonly validate: (tool: ToolDescriptor, input: unknown) => string | undefined,
    /** Told how many requests of a run wait after each change (the chat list shows who waits). */
    private readonly onWaitingChange: (runId: string, waiting: number) => void = () => undefined,
  ) {}

  wait(approvalId: string, runId: string, tool: ToolDescriptor): Promise<ApprovalAnswer | "cancelled"> {
    return new Promise((resolve) => {
      this.#pending.set(approvalId, {
        runId,
        tool,
        settle: (answer) => {
          this.#pending.delete(approvalId);
          this.onWaitingChange(runId, this.waitingCount(runId));
          resolve(answer);
        },
      });
      this.onWaitingChange(runId, this.waitingCount(runId));
    });
  }

  /** The user's answer; edited arguments must fit the tool's schema, or nothing is decided. */
  answer(runId: string, approvalId: string, body: ApprovalAnswerBody): void {
    const pending = this.#pending.get(approvalId);
    if (pending?.runId !== runId) {
      throw new CovaltError("not-found", "This approval request was already answered, or its run has ended.");
    }
    if (body.decision !== "deny" && body.input !== undefined) {
      const problem = this.validate(pending.tool, body.input);
      if (problem !== undefined)
        throw new CovaltError("tool-invalid-arguments", `The edited arguments do not fit: ${problem}.`);
    }
    pending.settle(
      body.input === undefined ? { decision: body.decision } : { decision: body.decision, input: body.input },
    );
  }

  cancelRun(runId: string): void {
    for (const pending of [...this.#pending.values()]) if (pending.runId === runId) pending.settle("cancelled");
  }

  waitingCount(runId: string): number {
    return [...this.#pending.values()].filter((pending) => pending.runId === runId).length;
  }
}
