import type { RunEvent, ToolDescriptor } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import type { ApprovalVerdict } from "./approval-policy.js";
import {
  type ApprovalAnswer,
  type ApprovalRecord,
  ToolOrchestrator,
  type ToolOrchestratorPorts,
} from "./tool-orchestrator.js";

const writeFile: ToolDescriptor = {
  id: "toolset:files/write_file",
  name: "write_file",
  description: "Writes a file.",
  inputSchema: { type: "object" },
  risk: "write",
  defaultApproval: "ask",
  renderer: { renderer: "code", config: { content: "$args.content", path: "$args.path" } },
  approvalRenderer: { renderer: "diff", config: { before: "$preview.before", after: "$args.content" } },
  source: { kind: "toolset", id: "files", name: "Files" },
};

function harness(options: {
  verdict?: ApprovalVerdict;
  answer?: ApprovalAnswer | "cancelled" | Promise<ApprovalAnswer | "cancelled">;
  execute?: (input: unknown) => Promise<unknown>;
  validate?: (input: unknown) => string | undefined;
}) {
  const events: RunEvent[] = [];
  const records: ApprovalRecord[] = [];
  const executed: unknown[] = [];
  let approvals = 0;
  const ports: ToolOrchestratorPorts = {
    resolve: (toolId) => (toolId === writeFile.id ? writeFile : undefined),
    validate: (_tool, input) => options.validate?.(input),
    approvalFor: () => options.verdict ?? { mode: "ask", decidedBy: "policy" },
    requestApproval: () => Promise.resolve(options.answer ?? { decision: "allow-once" }),
    record: (entry) => records.push(entry),
    preview: () => Promise.resolve({ before: "old text" }),
    execute: (_tool, input) => {
      executed.push(input);
      return options.execute?.(input) ?? Promise.resolve({ ok: true });
    },
    newApprovalId: () => `appr_${String(++approvals).padStart(10, "0")}`,
    now: () => 1000,
  };
  const orchestrator = new ToolOrchestrator(ports, (event) => events.push(event));
  const signal = new AbortController().signal;
  const call = (input: unknown, toolCallId = "c1", toolId = writeFile.id) =>
    orchestrator.run([{ toolCallId, toolId, input }], signal);
  return { orchestrator, events, records, executed, call, signal };
}

const types = (events: RunEvent[]) => events.map((event) => event.type);

describe("ToolOrchestrator", () => {
  it("asks with a preview, then runs the call with the arguments the user edited", async () => {
    const h = harness({ answer: { decision: "allow-once", input: { path: "a.txt", content: "edited" } } });
    const [outcome] = await h.call({ path: "a.txt", content: "model" });
    expect(types(h.events)).toEqual([
      "tool-approval-request",
      "tool-approval-response",
      "tool-execution-start",
      "tool-result",
    ]);
    const request = h.events[0];
    expect(request?.type === "tool-approval-request" && request.preview).toEqual({
      renderer: "diff",
      config: { before: "old text", after: "model" },
    });
    expect(h.executed).toEqual([{ path: "a.txt", content: "edited" }]);
    const result = h.events[3];
    expect(result?.type === "tool-result" && result.renderPlan?.config).toEqual({ content: "edited", path: "a.txt" });
    expect(outcome?.isError).toBe(false);
    expect(h.records).toEqual([
      { toolCallId: "c1", toolId: writeFile.id, outcome: "allow-once", decidedBy: "user", editedInput: true },
    ]);
  });

  it("does not run a denied call and tells the model it was denied", async () => {
    const h = harness({ answer: { decision: "deny" } });
    const [outcome] = await h.call({ path: "a", content: "b" });
    expect(h.executed).toEqual([]);
    expect(outcome?.isError).toBe(true);
    expect(outcome?.output).toContain("denied");
    expect(types(h.events)).toEqual(["tool-approval-request", "tool-approval-response"]);
  });

  it("denies a waiting call when the run is cancelled", async () => {
    const h = harness({ answer: "cancelled" });
    await h.call({ path: "a", content: "b" });
    const response = h.events[1];
    expect(response?.type === "tool-approval-response" && response.decision).toBe("deny");
    expect(h.records[0]?.outcome).toBe("cancelled");
    expect(h.executed).toEqual([]);
  });

  it("runs allowed tools without asking and refuses denied ones without asking", async () => {
    const auto = harness({ verdict: { mode: "auto", decidedBy: "chat-allowance" } });
    await auto.call({});
    expect(types(auto.events)).toEqual(["tool-execution-start", "tool-result"]);
    expect(auto.records[0]).toMatchObject({ outcome: "auto-allowed", decidedBy: "chat-allowance" });

    const denied = harness({ verdict: { mode: "deny", decidedBy: "policy" } });
    const [outcome] = await denied.call({});
    expect(denied.executed).toEqual([]);
    expect(outcome?.output).toContain("disabled by the user's settings");
  });

  it("returns validation problems and unknown tools to the model without running anything", async () => {
    const h = harness({ validate: () => "missing required argument `path`" });
    const [invalid] = await h.call({});
    expect(invalid?.output).toBe(
      "Invalid arguments for write_file: missing required argument `path`. Fix them and call the tool again.",
    );
    const [unknown] = await h.call({}, "c2", "toolset:files/nope");
    expect(unknown?.output).toContain('There is no tool "toolset:files/nope"');
    expect(h.executed).toEqual([]);
  });

  it("reports a coded tool failure with its message and an unexpected one generically", async () => {
    const coded = harness({
      verdict: { mode: "auto", decidedBy: "policy" },
      execute: () => Promise.reject(Object.assign(new Error("x"), { code: "tool-timeout", message: "Took over 5 s." })),
    });
    expect((await coded.call({}))[0]).toMatchObject({ isError: true, output: "Took over 5 s." });
    const crash = harness({
      verdict: { mode: "auto", decidedBy: "policy" },
      execute: () => Promise.reject(new TypeError("boom")),
    });
    expect((await crash.call({}))[0]?.output).toBe("The tool failed unexpectedly.");
  });

  it("runs the calls of one step concurrently, each with its own decision", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<ApprovalAnswer>((resolve) => (release = () => resolve({ decision: "allow-once" })));
    const h = harness({ answer: gate });
    const running = h.orchestrator.run(
      [
        { toolCallId: "a", toolId: writeFile.id, input: { n: 1 } },
        { toolCallId: "b", toolId: writeFile.id, input: { n: 2 } },
      ],
      h.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const approvalIds = h.events.flatMap((event) => (event.type === "tool-approval-request" ? [event.approvalId] : []));
    expect(approvalIds).toEqual(["appr_0000000001", "appr_0000000002"]);
    release();
    const outcomes = await running;
    expect(outcomes.map((outcome) => outcome.toolCallId)).toEqual(["a", "b"]);
  });

  it("marks truncated results", async () => {
    const h = harness({
      verdict: { mode: "auto", decidedBy: "policy" },
      execute: () => Promise.resolve("z".repeat(40_000)),
    });
    const [outcome] = await h.call({});
    const result = h.events.find((event) => event.type === "tool-result");
    expect(result?.type === "tool-result" && result.truncated).toBe(true);
    expect(outcome?.output).toContain("more characters truncated");
  });
});
