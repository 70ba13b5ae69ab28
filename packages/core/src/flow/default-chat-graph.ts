import type { FlowGraph } from "@covalt/contracts";

/** What a chat without an agent runs: the conversation goes straight into one agent node. */
export const defaultChatGraph: FlowGraph = {
  nodes: [
    { id: "start", type: "chat-start", config: {} },
    { id: "agent", type: "agent", config: {} },
  ],
  edges: [{ id: "start-agent", from: { node: "start", port: "messages" }, to: { node: "agent", port: "messages" } }],
};
