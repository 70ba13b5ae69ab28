import { type ApprovalDecision, apiRoutes } from "@covalt/contracts";
import { useMutation } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";

export interface ApprovalAnswerInput {
  decision: ApprovalDecision;
  /** Edited arguments; left out when the user did not change them. */
  input?: unknown;
}

/**
 * Sends the user's answer. Nothing is updated optimistically: the run emits
 * `tool-approval-response` and the block follows that event, so the card shows what the server
 * decided, not what was clicked.
 */
export function useAnswerApproval(runId: string | null, approvalId: string) {
  return useMutation({
    mutationFn: async ({ decision, input }: ApprovalAnswerInput) => {
      if (runId === null) throw new Error("This answer is not part of a run any more, so it cannot be approved.");
      await callApi(apiRoutes.answerApproval, {
        params: { runId, approvalId },
        body: input === undefined ? { decision } : { decision, input },
      });
    },
  });
}
