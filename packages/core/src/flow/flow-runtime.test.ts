import type { ChatTrigger, FlowGraph, NodeDefinition, RunEvent } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defaultChatGraph } from "./default-chat-graph.js";
import { createNodeRegistry } from "./node-registry.js";
import { flowFailure } from "./run-failure.js";
import { runTurn } from "./run-turn.js";
import { validateGraph } from "./validate-graph.js";

const trigger: ChatTrigger = {
  kind: "chat",
  chatId: "chat_0000000001",
  model: { providerId: "prov_0000000001", modelId: "m" },
  history: [{ role: "user", text: "hello" }],
};

function node(type: string, options: Partial<NodeDefinition> = {}): NodeDefinition {
  return {
    type,
    name: type,
    description: type,
    inputs: [{ name: "in" }],
    outputs: [{ name: "out" }],
    configSchema: z.object({}),
    execute: ({ inputs }) => Promise.resolve({ out: [type, inputs.in] }),
    ...options,
  };
}

const start = node("start", {
  trigger: true,
  inputs: [],
  execute: ({ trigger: turn }) => Promise.resolve({ out: turn.history.at(-1)?.text }),
});

const edge = (id: string, from: string, to: string) => ({
  id,
  from: { node: from, port: "out" },
  to: { node: to, port: "in" },
});

function turn(graph: FlowGraph, definitions: NodeDefinition[], signal = new AbortController().signal) {
  const events: RunEvent[] = [];
  const outcome = runTurn({
    runId: "run_0000000001",
    messageId: "msg_0000000002",
    parentId: "msg_0000000001",
    graph,
    registry: createNodeRegistry(definitions),
    trigger,
    services: {
      languageModels: {
        stream: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error("unused")) }) }),
      },
      tools: {
        definitions: [],
        nameFor: (toolId) => toolId,
        toolIdFor: () => undefined,
        displayNameOf: (toolId) => toolId,
        run: () => Promise.reject(new Error("unused")),
      },
    },
    signal,
    emit: (event) => events.push(event),
  });
  return { outcome, events };
}

describe("validateGraph", () => {
  const registry = createNodeRegistry([start, node("a"), node("b")]);

  it("orders a valid graph so every node follows the nodes it reads from", () => {
    const graph: FlowGraph = {
      nodes: [
        { id: "b1", type: "b", config: {} },
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: {} },
      ],
      edges: [edge("e1", "s", "a1"), edge("e2", "a1", "b1")],
    };
    expect(validateGraph(graph, registry)).toEqual({ ok: true, order: ["s", "a1", "b1"] });
  });

  it.each([
    [
      "an unknown node type",
      {
        nodes: [
          { id: "s", type: "start", config: {} },
          { id: "x", type: "nope", config: {} },
        ],
        edges: [],
      },
      /unknown type "nope"/,
    ],
    ["no trigger", { nodes: [{ id: "a1", type: "a", config: {} }], edges: [] }, /exactly one trigger/],
    [
      "a dangling edge",
      { nodes: [{ id: "s", type: "start", config: {} }], edges: [edge("e1", "s", "ghost")] },
      /does not exist/,
    ],
    [
      "an unknown port",
      {
        nodes: [
          { id: "s", type: "start", config: {} },
          { id: "a1", type: "a", config: {} },
        ],
        edges: [{ id: "e1", from: { node: "s", port: "out" }, to: { node: "a1", port: "nope" } }],
      },
      /unknown input "nope"/,
    ],
    [
      "a cycle",
      {
        nodes: [
          { id: "s", type: "start", config: {} },
          { id: "a1", type: "a", config: {} },
          { id: "b1", type: "b", config: {} },
        ],
        edges: [edge("e1", "a1", "b1"), edge("e2", "b1", "a1")],
      },
      /cycle/,
    ],
  ])("rejects %s with a readable problem", (_label, graph, problem) => {
    const result = validateGraph(graph, registry);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.problems.join(" ")).toMatch(problem);
  });
});

describe("runTurn", () => {
  it("runs nodes in dependency order, passes values along edges and brackets the turn with run events", async () => {
    const seen: string[] = [];
    const record = (type: string) =>
      node(type, {
        execute: ({ inputs }) => {
          seen.push(`${type}<-${String(inputs.in)}`);
          return Promise.resolve({ out: `${type}!` });
        },
      });
    const graph: FlowGraph = {
      nodes: [
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: {} },
        { id: "b1", type: "b", config: {} },
      ],
      edges: [edge("e1", "s", "a1"), edge("e2", "a1", "b1")],
    };
    const { outcome, events } = turn(graph, [start, record("a"), record("b")]);
    expect(await outcome).toBe("complete");
    expect(seen).toEqual(["a<-hello", "b<-a!"]);
    expect(events[0]).toMatchObject({ type: "run-start", messageId: "msg_0000000002" });
    expect(events[1]).toMatchObject({ type: "message-start", parentId: "msg_0000000001" });
    expect(events.filter((event) => event.type === "node-end").map((event) => event.status)).toEqual([
      "complete",
      "complete",
      "complete",
    ]);
    expect(events.at(-1)).toEqual({ type: "run-end", reason: "complete" });
  });

  it("runs independent branches at the same time", async () => {
    let running = 0;
    let overlap = 0;
    const slow = (type: string) =>
      node(type, {
        execute: async () => {
          running += 1;
          overlap = Math.max(overlap, running);
          await new Promise((resolve) => setTimeout(resolve, 20));
          running -= 1;
          return { out: type };
        },
      });
    const graph: FlowGraph = {
      nodes: [
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: {} },
        { id: "b1", type: "b", config: {} },
      ],
      edges: [edge("e1", "s", "a1"), edge("e2", "s", "b1")],
    };
    expect(await turn(graph, [start, slow("a"), slow("b")]).outcome).toBe("complete");
    expect(overlap).toBe(2);
  });

  it("reports a deliberate failure with its code and ends the run in error", async () => {
    const failing = node("a", { execute: () => Promise.reject(flowFailure("model-not-found", "No such model.")) });
    const graph: FlowGraph = {
      nodes: [
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: {} },
      ],
      edges: [edge("e1", "s", "a1")],
    };
    const { outcome, events } = turn(graph, [start, failing]);
    expect(await outcome).toBe("error");
    expect(events).toContainEqual({
      type: "error",
      code: "model-not-found",
      message: "No such model.",
      retryable: false,
    });
    expect(events).toContainEqual(expect.objectContaining({ type: "node-end", nodeId: "a1", status: "error" }));
    expect(events.at(-1)).toEqual({ type: "run-end", reason: "error" });
  });

  it("hides an unexpected crash behind an internal-error message", async () => {
    const crashing = node("a", { execute: () => Promise.reject(new Error("secret stack detail")) });
    const graph: FlowGraph = {
      nodes: [
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: {} },
      ],
      edges: [edge("e1", "s", "a1")],
    };
    const { outcome, events } = turn(graph, [start, crashing]);
    expect(await outcome).toBe("error");
    const error = events.find((event) => event.type === "error");
    expect(error).toMatchObject({ code: "internal-error" });
    expect(JSON.stringify(error)).not.toContain("secret stack detail");
  });

  it("ends cancelled, not in error, when the signal aborts mid-node", async () => {
    const controller = new AbortController();
    const waiting = node("a", {
      execute: ({ signal }) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true }),
        ),
    });
    const graph: FlowGraph = {
      nodes: [
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: {} },
      ],
      edges: [edge("e1", "s", "a1")],
    };
    const { outcome, events } = turn(graph, [start, waiting], controller.signal);
    setTimeout(() => controller.abort(), 10);
    expect(await outcome).toBe("cancelled");
    expect(events.some((event) => event.type === "error")).toBe(false);
    expect(events).toContainEqual(expect.objectContaining({ type: "node-end", nodeId: "a1", status: "cancelled" }));
    expect(events.at(-1)).toEqual({ type: "run-end", reason: "cancelled" });
  });

  it("refuses a misconfigured node before running anything", async () => {
    const strict = node("a", {
      configSchema: z.object({ temperature: z.number() }) as unknown as NodeDefinition["configSchema"],
    });
    const graph: FlowGraph = {
      nodes: [
        { id: "s", type: "start", config: {} },
        { id: "a1", type: "a", config: { temperature: "hot" } },
      ],
      edges: [edge("e1", "s", "a1")],
    };
    const { outcome, events } = turn(graph, [start, strict]);
    expect(await outcome).toBe("error");
    expect(events.find((event) => event.type === "error")).toMatchObject({ code: "flow-invalid" });
  });

  it("the built-in chat graph is valid with the chat-start and agent node types", () => {
    const registry = createNodeRegistry([
      node("chat-start", { trigger: true, inputs: [], outputs: [{ name: "messages" }] }),
      node("agent", { inputs: [{ name: "messages" }] }),
    ]);
    expect(validateGraph(defaultChatGraph, registry).ok).toBe(true);
  });
});
