import type {
  Block,
  ChatAttachment,
  ChatHistoryMessage,
  ChatToolExchange,
  Message,
  ToolCallBlock,
} from "@covalt/contracts";
import { prepareToolOutput } from "@covalt/core";

/**
 * What the model sees of earlier messages: their text, and for answers that used tools one entry
 * per step with the calls and their results. Reasoning and error notes stay out.
 */
export function toHistory(path: readonly Pick<Message, "role" | "content">[]): ChatHistoryMessage[] {
  const history: ChatHistoryMessage[] = [];
  for (const message of path) {
    if (message.role === "assistant") history.push(...answerSteps(message.content.blocks));
    else {
      const text = textOf(message.content.blocks);
      const attachments = attachmentsOf(message.content.blocks);
      if (attachments.length > 0)
        history.push({ role: message.role, text: withAttachmentNote(text, attachments), attachments });
      else if (text.trim() !== "") history.push({ role: message.role, text });
    }
  }
  return history;
}

function attachmentsOf(blocks: readonly Block[]): ChatAttachment[] {
  return blocks.flatMap((block) =>
    block.type === "attachment" && block.path !== undefined
      ? [{ path: block.path, mimeType: block.mimeType, size: block.size }]
      : [],
  );
}

/** The model learns where attached files are, so its file tools can open what it cannot see. */
function withAttachmentNote(text: string, attachments: readonly ChatAttachment[]): string {
  const list = attachments.map((file) => `${file.path} (${file.mimeType}, ${file.size} bytes)`).join(", ");
  return `${text}\n\n[Attached files, in the workspace: ${list}]`;
}

function textOf(blocks: readonly Block[]): string {
  return blocks.map((block) => (block.type === "text" ? block.text : "")).join("");
}

/** Text, then the calls made after it, form one step; text after calls starts the next step. */
function answerSteps(blocks: readonly Block[]): ChatHistoryMessage[] {
  const steps: ChatHistoryMessage[] = [];
  let text = "";
  let calls: ChatToolExchange[] = [];
  const close = () => {
    if (calls.length > 0) steps.push({ role: "assistant", text, toolCalls: calls });
    else if (text.trim() !== "") steps.push({ role: "assistant", text });
    text = "";
    calls = [];
  };
  for (const block of blocks) {
    if (block.type === "text") {
      if (calls.length > 0) close();
      text += block.text;
    } else if (block.type === "tool-call") {
      calls.push(exchangeOf(block));
    }
  }
  close();
  return steps;
}

function exchangeOf(block: ToolCallBlock): ChatToolExchange {
  const base = { id: block.id, toolId: block.toolId, input: block.input ?? {} };
  if (block.state === "denied") return { ...base, output: "The user denied this tool call.", isError: true };
  if (block.result === undefined) return { ...base, output: "The call did not finish.", isError: true };
  return { ...base, output: prepareToolOutput(block.result.output).modelText, isError: block.result.isError };
}
