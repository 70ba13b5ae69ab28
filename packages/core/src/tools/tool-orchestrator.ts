import type {
  AbortSignalLike,
  ApprovalDecision,
  ApprovalOutcome,
  ErrorCode,
  RenderPlan,
  RunEvent,
  ToolCallOutcome,
  ToolCallRequest,
  ToolDescriptor,
} from "@covalt/contracts";
import type { ApprovalVerdict } from "./approval-policy.js";
import { buildRenderPlan } from "./render-plan-builder.js";
import { defaultOutputLimits, type OutputLimits, prepareToolOutput } from "./tool-output.js";

export interface ApprovalAnswer {
  decision: ApprovalDecision;
  /** Arguments edited by the user; already validated against the tool's schema. */
  input?: unknown;
}

export interface ApprovalRecord {
  toolCallId: string;
  toolId: string;
  outcome: ApprovalOutcome;
  decidedBy: "user" | "policy" | "chat-allowance";
  editedInput: boolean;
}

/** Everything the orchestrator needs from its host, so the logic stays pure and testable. */
export interface ToolOrchestratorPorts {
  resolve(toolId: string): ToolDescriptor | undefined;
  /** A message phrased for the model when `input` does not fit the schema; undefined when it does. */
  validate(tool: ToolDescriptor, input: unknown): string | undefined;
  approvalFor(tool: ToolDescriptor): ApprovalVerdict;
  /** Waits for the user's answer; resolves `cancelled` when the run is cancelled meanwhile. */
  requestApproval(request: {
    approvalId: string;
    toolCallId: string;
    tool: ToolDescriptor;
  }): Promise<ApprovalAnswer | "cancelled">;
  /** Audit log plus the lasting effects of `allow-chat` and `allow-always`. */
  record(entry: ApprovalRecord): void;
  preview(tool: ToolDescriptor, input: unknown, signal: AbortSignalLike): Promise<unknown>;
  execute(
    tool: ToolDescriptor,
    input: unknown,
    options: { toolCallId: string; signal: AbortSignalLike; onProgress: (update: ProgressUpdate) => void },
  ): Promise<unknown>;
  newApprovalId(): string;
  now(): number;
}

export interface ProgressUpdate {
  progress: number;
  total?: number;
  message?: string;
}

/** A failure a tool host reports on purpose; its message is shown to the user and the model. */
interface CodedFailure {
  code: ErrorCode;
  message: string;
}

function isCodedFailure(value: unknown): value is CodedFailure {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

const deniedByUser = "The user denied this tool call. Do not retry it; ask the user or continue without it.";
const deniedByPolicy = "This tool is disabled by the user's settings. Continue without it.";

/**
 * The one way a tool call runs, whoever asked for it: resolve the tool, validate the arguments
 * (errors go back to the model so it can fix them), apply the approval policy (waiting for the user
 * when asked), execute with a signal and a timeout, truncate the output, and build the render plan.
 * Calls of one step run concurrently; each reports its own events.
 */
export class ToolOrchestrator {
  constructor(
    private readonly ports: ToolOrchestratorPorts,
    private readonly emit: (event: RunEvent) => void,
    private readonly limits: OutputLimits = defaultOutputLimits,
  ) {}

  run(calls: readonly ToolCallRequest[], signal: AbortSignalLike): Promise<ToolCallOutcome[]> {
    return Promise.all(calls.map((call) => this.runOne(call, signal)));
  }

  private async runOne(call: ToolCallRequest, signal: AbortSignalLike): Promise<ToolCallOutcome> {
    const started = this.ports.now();
    const tool = this.ports.resolve(call.toolId);
    if (tool === undefined) {
      return this.fail(call, started, `There is no tool "${call.toolId}" in this chat. Use one of the tools offered.`);
    }
    if (call.inputError !== undefined) {
      return this.fail(
        call,
        started,
        `The arguments are not valid JSON (${call.inputError}). Call the tool again with a JSON object.`,
      );
    }
    const problem = this.ports.validate(tool, call.input);
    if (problem !== undefined) {
      return this.fail(
        call,
        started,
        `Invalid arguments for ${tool.name}: ${problem}. Fix them and call the tool again.`,
      );
    }

    const approved = await this.approve(call, tool, signal);
    if (approved === "denied") return this.denied(call, started, deniedByUser);
    if (approved === "policy-denied") return this.denied(call, started, deniedByPolicy);
    return this.execute(call, tool, approved.input, started, signal);
  }

  private async approve(
    call: ToolCallRequest,
    tool: ToolDescriptor,
    signal: AbortSignalLike,
  ): Promise<{ input: unknown } | "denied" | "policy-denied"> {
    const verdict = this.ports.approvalFor(tool);
    const record = (outcome: ApprovalOutcome, decidedBy: ApprovalRecord["decidedBy"], editedInput = false) =>
      this.ports.record({ toolCallId: call.toolCallId, toolId: tool.id, outcome, decidedBy, editedInput });
    if (verdict.mode === "deny") {
      record("auto-denied", verdict.decidedBy);
      return "policy-denied";
    }
    if (verdict.mode === "auto") {
      record("auto-allowed", verdict.decidedBy);
      return { input: call.input };
    }

    const approvalId = this.ports.newApprovalId();
    const preview = await this.preview(tool, call.input, signal);
    this.emit({
      type: "tool-approval-request",
      toolCallId: call.toolCallId,
      approvalId,
      risk: tool.risk,
      reason: `${tool.title ?? tool.name} wants to ${riskVerbs[tool.risk]}.`,
      ...(preview === undefined ? {} : { preview }),
    });
    const answer = signal.aborted
      ? "cancelled"
      : await this.ports.requestApproval({ approvalId, toolCallId: call.toolCallId, tool });
    if (answer === "cancelled") {
      this.emit({ type: "tool-approval-response", toolCallId: call.toolCallId, approvalId, decision: "deny" });
      record("cancelled", "user");
      return "denied";
    }
    const edited = answer.decision !== "deny" && answer.input !== undefined;
    this.emit({
      type: "tool-approval-response",
      toolCallId: call.toolCallId,
      approvalId,
      decision: answer.decision,
      ...(edited ? { input: answer.input } : {}),
    });
    record(answer.decision, "user", edited);
    if (answer.decision === "deny") return "denied";
    return { input: edited ? answer.input : call.input };
  }

  /** The approval view (e.g. a diff); a failing preview must not block the question, so it is dropped. */
  private async preview(
    tool: ToolDescriptor,
    input: unknown,
    signal: AbortSignalLike,
  ): Promise<RenderPlan | undefined> {
    if (tool.approvalRenderer === undefined) return undefined;
    try {
      const preview = await this.ports.preview(tool, input, signal);
      return buildRenderPlan(tool.approvalRenderer, { args: input, preview });
    } catch {
      return undefined;
    }
  }

  private async execute(
    call: ToolCallRequest,
    tool: ToolDescriptor,
    input: unknown,
    started: number,
    signal: AbortSignalLike,
  ): Promise<ToolCallOutcome> {
    this.emit({ type: "tool-execution-start", toolCallId: call.toolCallId });
    let output: unknown;
    try {
      output = await this.ports.execute(tool, input, {
        toolCallId: call.toolCallId,
        signal,
        onProgress: (update) => this.emit({ type: "tool-progress", toolCallId: call.toolCallId, ...update }),
      });
    } catch (error) {
      if (signal.aborted) return this.fail(call, started, "The run was cancelled while this tool ran.");
      return this.fail(call, started, isCodedFailure(error) ? error.message : "The tool failed unexpectedly.");
    }
    const prepared = prepareToolOutput(output, this.limits);
    const renderPlan =
      tool.renderer === undefined
        ? undefined
        : buildRenderPlan(tool.renderer, { args: input, return: prepared.stored });
    this.emit({
      type: "tool-result",
      toolCallId: call.toolCallId,
      output: prepared.stored,
      isError: false,
      durationMs: this.ports.now() - started,
      ...(prepared.truncated ? { truncated: true } : {}),
      ...(renderPlan === undefined ? {} : { renderPlan }),
    });
    return { toolCallId: call.toolCallId, toolId: call.toolId, output: prepared.modelText, isError: false };
  }

  private fail(call: ToolCallRequest, started: number, message: string): ToolCallOutcome {
    this.emit({
      type: "tool-result",
      toolCallId: call.toolCallId,
      output: message,
      isError: true,
      durationMs: this.ports.now() - started,
    });
    return { toolCallId: call.toolCallId, toolId: call.toolId, output: message, isError: true };
  }

  /** A denied call ends at its approval response (or, denied by policy, with an error result). */
  private denied(call: ToolCallRequest, started: number, message: string): ToolCallOutcome {
    if (message === deniedByPolicy) return this.fail(call, started, message);
    return { toolCallId: call.toolCallId, toolId: call.toolId, output: message, isError: true };
  }
}

const riskVerbs: Record<ToolDescriptor["risk"], string> = {
  read: "read data",
  write: "change files",
  execute: "run a command",
  network: "reach the network",
};
