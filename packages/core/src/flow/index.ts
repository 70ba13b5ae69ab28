export { defaultChatGraph } from "./default-chat-graph.js";
export { createNodeRegistry, type NodeRegistry } from "./node-registry.js";
export { flowFailure } from "./run-failure.js";
export { runFlow, type FlowRunOptions } from "./run-flow.js";
export { hostShutdownReason, runTurn, type TurnOptions, type TurnOutcome } from "./run-turn.js";
export { validateGraph, type GraphValidation } from "./validate-graph.js";
