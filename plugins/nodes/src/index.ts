import { agentNode } from "./agent.js";
import { chatStartNode } from "./chat-start.js";

/** The node types that ship with Covalt. */
export const builtinNodes = [chatStartNode, agentNode];
