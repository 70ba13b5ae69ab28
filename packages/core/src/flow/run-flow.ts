import type { ChatTrigger, FlowGraph, FlowNode, NodeServices, RunEvent, AbortSignalLike } from "@covalt/contracts";
import type { NodeRegistry } from "./node-registry.js";
import { flowFailure } from "./run-failure.js";
import { validateGraph } from "./validate-graph.js";

export interface FlowRunOptions {
  runId: string;
  graph: FlowGraph;
  registry: NodeRegistry;
  trigger: ChatTrigger;
  services: NodeServices;
  signal: AbortSignalLike;
  emit: (event: RunEvent) => void;
}

/**
 * Runs every node once its upstream nodes have finished, independent branches concurrently,
 * passing each output port's value along its edges. Returns the outputs of every node.
 */
export async function runFlow(options: FlowRunOptions): Promise<Map<string, Record<string, unknown>>> {
  const validation = validateGraph(options.graph, options.registry);
  if (!validation.ok)
    throw flowFailure("flow-invalid", `This agent's graph cannot run: ${validation.problems.join(" ")}`);

  const outputs = new Map<string, Record<string, unknown>>();
  const running = new Map<string, Promise<void>>();
  const upstream = (node: FlowNode) => options.graph.edges.filter((edge) => edge.to.node === node.id);

  const start = (node: FlowNode): Promise<void> => {
    const existing = running.get(node.id);
    if (existing !== undefined) return existing;
    const execution = Promise.all(upstream(node).map((edge) => start(nodeById(options.graph, edge.from.node)))).then(
      () =>
        executeNode(node, collectInputs(node, options.graph, outputs), options).then((result) => {
          outputs.set(node.id, result);
        }),
    );
    running.set(node.id, execution);
    return execution;
  };

  await Promise.all(validation.order.map((id) => start(nodeById(options.graph, id))));
  return outputs;
}

function nodeById(graph: FlowGraph, id: string): FlowNode {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`validated graph lost node ${id}`);
  return node;
}

function collectInputs(
  node: FlowNode,
  graph: FlowGraph,
  outputs: ReadonlyMap<string, Record<string, unknown>>,
): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const edge of graph.edges) {
    if (edge.to.node === node.id) inputs[edge.to.port] = outputs.get(edge.from.node)?.[edge.from.port];
  }
  return inputs;
}

async function executeNode(
  node: FlowNode,
  inputs: Record<string, unknown>,
  options: FlowRunOptions,
): Promise<Record<string, unknown>> {
  const definition = options.registry.get(node.type);
  if (definition === undefined) throw new Error(`validated graph has unknown node type ${node.type}`);
  const parsed = definition.configSchema.safeParse(node.config);
  if (!parsed.success) {
    throw flowFailure(
      "flow-invalid",
      `Node "${node.id}" (${definition.name}) is misconfigured: ${parsed.error.message}`,
    );
  }
  const startedAt = Date.now();
  options.emit({ type: "node-start", nodeId: node.id, nodeType: node.type });
  try {
    const result = await definition.execute({
      runId: options.runId,
      nodeId: node.id,
      config: parsed.data,
      inputs,
      trigger: options.trigger,
      signal: options.signal,
      services: options.services,
      emit: options.emit,
    });
    options.emit({ type: "node-end", nodeId: node.id, status: "complete", durationMs: Date.now() - startedAt });
    return result;
  } catch (error) {
    const status = options.signal.aborted ? "cancelled" : "error";
    options.emit({ type: "node-end", nodeId: node.id, status, durationMs: Date.now() - startedAt });
    throw error;
  }
}
