import type { FlowGraph } from "@covalt/contracts";
import type { NodeRegistry } from "./node-registry.js";

export type GraphValidation = { ok: true; order: string[] } | { ok: false; problems: string[] };

/**
 * Checks a graph can run: known node types, edges between existing ports, exactly one trigger,
 * no cycles. On success returns a topological order of the node ids.
 */
export function validateGraph(graph: FlowGraph, registry: NodeRegistry): GraphValidation {
  const problems: string[] = [];
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  if (nodes.size !== graph.nodes.length) problems.push("Two nodes share one id.");

  for (const node of graph.nodes) {
    if (!registry.has(node.type)) problems.push(`Node "${node.id}" has the unknown type "${node.type}".`);
  }
  const triggers = graph.nodes.filter((node) => registry.get(node.type)?.trigger === true);
  if (triggers.length !== 1) problems.push(`A graph needs exactly one trigger node; this one has ${triggers.length}.`);

  for (const edge of graph.edges) {
    const from = nodes.get(edge.from.node);
    const to = nodes.get(edge.to.node);
    if (from === undefined || to === undefined) {
      problems.push(`Edge "${edge.id}" connects a node that does not exist.`);
      continue;
    }
    const fromPorts = registry.get(from.type)?.outputs.map((port) => port.name) ?? [];
    const toPorts = registry.get(to.type)?.inputs.map((port) => port.name) ?? [];
    if (registry.has(from.type) && !fromPorts.includes(edge.from.port)) {
      problems.push(`Edge "${edge.id}" leaves "${from.id}" from the unknown output "${edge.from.port}".`);
    }
    if (registry.has(to.type) && !toPorts.includes(edge.to.port)) {
      problems.push(`Edge "${edge.id}" enters "${to.id}" at the unknown input "${edge.to.port}".`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const order = topologicalOrder(graph);
  return order === undefined ? { ok: false, problems: ["The graph has a cycle."] } : { ok: true, order };
}

function topologicalOrder(graph: FlowGraph): string[] | undefined {
  const incoming = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const edge of graph.edges) incoming.set(edge.to.node, (incoming.get(edge.to.node) ?? 0) + 1);
  const ready = graph.nodes.filter((node) => incoming.get(node.id) === 0).map((node) => node.id);
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    order.push(id);
    for (const edge of graph.edges) {
      if (edge.from.node !== id) continue;
      const remaining = (incoming.get(edge.to.node) ?? 0) - 1;
      incoming.set(edge.to.node, remaining);
      if (remaining === 0) ready.push(edge.to.node);
    }
  }
  return order.length === graph.nodes.length ? order : undefined;
}
