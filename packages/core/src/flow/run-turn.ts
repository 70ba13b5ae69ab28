import { isRunFailure, type RunFailure } from "@covalt/contracts";
import { runFlow, type FlowRunOptions } from "./run-flow.js";

export interface TurnOptions extends FlowRunOptions {
  messageId: string;
  parentId: string | null;
  /** Runs after the graph, before `run-end`: whatever the end stands for (files recorded) is then true. */
  beforeEnd?: () => Promise<void>;
}

export type TurnOutcome = "complete" | "cancelled" | "error" | "interrupted";

/** The abort reason the host uses when it stops: the run was cut off, not cancelled by the user. */
export const hostShutdownReason = "covalt-host-shutdown";

const interruptedMessage =
  "Covalt stopped before this answer was finished. The text so far is kept; retry to get a complete answer.";

/**
 * One assistant turn: announces the run and message, runs the graph, and always ends with exactly
 * one `run-end`. A failure becomes an `error` event with a code the user can act on; cancellation
 * keeps whatever streamed so far and ends `cancelled`.
 */
export async function runTurn(options: TurnOptions): Promise<TurnOutcome> {
  const { emit } = options;
  emit({ type: "run-start", messageId: options.messageId, model: options.trigger.model });
  emit({
    type: "message-start",
    messageId: options.messageId,
    parentId: options.parentId,
    role: "assistant",
    model: options.trigger.model,
  });
  let outcome: TurnOutcome;
  try {
    await runFlow(options);
    outcome = options.signal.aborted ? stopped(options) : "complete";
  } catch (error) {
    if (options.signal.aborted) outcome = stopped(options);
    else {
      emit({ type: "error", ...describeFailure(error) });
      outcome = "error";
    }
  }
  await options.beforeEnd?.();
  emit({ type: "run-end", reason: outcome });
  return outcome;
}

function stopped({ signal, emit }: TurnOptions): TurnOutcome {
  if (signal.reason !== hostShutdownReason) return "cancelled";
  emit({ type: "error", code: "run-interrupted", message: interruptedMessage, retryable: true });
  return "interrupted";
}

function describeFailure(error: unknown): RunFailure {
  if (isRunFailure(error)) return { code: error.code, message: error.message, retryable: error.retryable };
  return {
    code: "internal-error",
    message: "Something went wrong while running this turn. The details are in the server log.",
    retryable: true,
  };
}
