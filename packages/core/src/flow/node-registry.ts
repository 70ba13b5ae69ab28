import type { NodeDefinition } from "@covalt/contracts";

export type NodeRegistry = ReadonlyMap<string, NodeDefinition>;

export function createNodeRegistry(definitions: readonly NodeDefinition[]): NodeRegistry {
  const registry = new Map<string, NodeDefinition>();
  for (const definition of definitions) {
    if (registry.has(definition.type)) throw new Error(`Two node plugins define the node type "${definition.type}".`);
    registry.set(definition.type, definition);
  }
  return registry;
}
