import { z } from "zod";

export const FlowNode = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  config: z.record(z.string(), z.unknown()).default({}),
  /** Where the node sits in the flow editor; irrelevant to running it. */
  position: z.object({ x: z.number(), y: z.number() }).optional(),
});
export type FlowNode = z.infer<typeof FlowNode>;

export const FlowEdge = z.object({
  id: z.string().min(1),
  from: z.object({ node: z.string(), port: z.string() }),
  to: z.object({ node: z.string(), port: z.string() }),
});
export type FlowEdge = z.infer<typeof FlowEdge>;

/** A flow graph: every assistant turn is a run of one (a plain chat runs the built-in default). */
export const FlowGraph = z.object({
  nodes: z.array(FlowNode),
  edges: z.array(FlowEdge),
});
export type FlowGraph = z.infer<typeof FlowGraph>;
