import { defineNode } from "@covalt/plugin-sdk";
import { z } from "zod";

/** The trigger of a chat-backed graph: hands the conversation (rebuilt on the server) downstream. */
export const chatStartNode = defineNode({
  type: "chat-start",
  name: "Chat start",
  description: "Starts the flow when a message is sent in a chat, with the conversation so far.",
  trigger: true,
  inputs: [],
  outputs: [
    { name: "messages", description: "The conversation up to and including the new user message." },
    { name: "text", description: "The new user message alone." },
  ],
  configSchema: z.object({}),
  execute({ trigger }) {
    const last = trigger.history.at(-1);
    return Promise.resolve({ messages: trigger.history, text: last?.role === "user" ? last.text : "" });
  },
});
