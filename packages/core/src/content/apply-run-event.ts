import type { Block, MessageContent, RunEvent, RunEventEnvelope, Usage } from "@covalt/contracts";
import { updateMemberRun, updateScope } from "./block-list.js";
import { finalizeBlocks, statusForRunEnd } from "./finalize-run.js";
import { appendReasoning, appendText, endReasoning, startReasoning, startText } from "./text-events.js";
import { applyToolEvent } from "./tool-call-events.js";
import { mergeWorkspaceChanges } from "./workspace-changes.js";

export function emptyMessageContent(): MessageContent {
  return { seq: 0, status: "streaming", blocks: [] };
}

/**
 * Folds one run event into an assistant message's content. The server (checkpointing to SQLite)
 * and the UI (rendering the live stream) both use this one function, so they cannot disagree.
 *
 * Pure and idempotent: an envelope whose `seq` was already applied returns `content` itself, so a
 * client that replays overlapping ranges after a reconnect renders each token exactly once.
 * Unknown event types (from a newer server) are skipped.
 */
export function applyRunEvent(content: MessageContent, envelope: RunEventEnvelope): MessageContent {
  if (envelope.seq <= content.seq) return content;
  return { ...applyEvent(content, envelope), seq: envelope.seq };
}

/** Folds a batch of envelopes in order. */
export function applyRunEvents(content: MessageContent, envelopes: Iterable<RunEventEnvelope>): MessageContent {
  let current = content;
  for (const envelope of envelopes) current = applyRunEvent(current, envelope);
  return current;
}

function applyEvent(content: MessageContent, envelope: RunEventEnvelope): MessageContent {
  const event: RunEvent = envelope.event;
  const { time } = envelope;
  const inScope = (update: (blocks: Block[]) => Block[]): MessageContent => {
    const blocks = updateScope(content.blocks, envelope.memberRunId, update);
    return blocks === content.blocks ? content : { ...content, blocks };
  };

  switch (event.type) {
    case "run-start":
      return content.status === "streaming" ? content : { ...content, status: "streaming" };
    case "run-end":
      return {
        ...content,
        status: statusForRunEnd[event.reason],
        blocks: finalizeBlocks(content.blocks, event.reason, time),
      };
    case "message-start":
      return content;
    case "text-start":
      return inScope((blocks) => startText(blocks, event.id));
    case "text-delta":
      return inScope((blocks) => appendText(blocks, event.id, event.delta));
    case "text-end":
      return content;
    case "reasoning-start":
      return inScope((blocks) => startReasoning(blocks, event.id, time));
    case "reasoning-delta":
      return inScope((blocks) => appendReasoning(blocks, event.id, event.delta, time));
    case "reasoning-end":
      return inScope((blocks) => endReasoning(blocks, event.id, time));
    case "tool-call-start":
    case "tool-input-delta":
    case "tool-input-end":
    case "tool-approval-request":
    case "tool-approval-response":
    case "tool-execution-start":
    case "tool-progress":
    case "tool-result":
      return inScope((blocks) => applyToolEvent(blocks, event));
    case "member-run-start":
      return inScope((blocks) =>
        blocks.some((block) => block.type === "member-run" && block.id === event.memberRunId)
          ? blocks
          : [
              ...blocks,
              {
                type: "member-run",
                id: event.memberRunId,
                name: event.name,
                kind: event.kind,
                ...(event.nodeId === undefined ? {} : { nodeId: event.nodeId }),
                status: "running",
                blocks: [],
              },
            ],
      );
    case "member-run-end": {
      const blocks = updateMemberRun(content.blocks, event.memberRunId, (run) => ({
        ...run,
        status: event.status,
        blocks: finalizeBlocks(run.blocks, event.status === "complete" ? "complete" : event.status, time),
      }));
      return blocks === undefined || blocks === content.blocks ? content : { ...content, blocks };
    }
    case "node-start":
    case "node-output":
    case "node-end":
      // Flow-editor telemetry: a node that should appear in the chat is announced as a member run.
      return content;
    case "usage":
      return { ...content, usage: addUsage(content.usage, event) };
    case "workspace-file-change":
      return inScope((blocks) => mergeWorkspaceChanges(blocks, event.changes, event.manifestId));
    case "error":
      return inScope((blocks) => [
        ...blocks,
        { type: "error", code: event.code, message: event.message, retryable: event.retryable },
      ]);
    default:
      return ignoreUnknown(event, content);
  }
}

/** Compile-time proof that every v1 event has a case above; at runtime, newer events land here. */
function ignoreUnknown(_event: never, content: MessageContent): MessageContent {
  return content;
}

function addUsage(total: Usage | undefined, step: Usage): Usage {
  const sum = (a: number | undefined, b: number | undefined) =>
    a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
  const reasoningTokens = sum(total?.reasoningTokens, step.reasoningTokens);
  const cachedInputTokens = sum(total?.cachedInputTokens, step.cachedInputTokens);
  return {
    inputTokens: (total?.inputTokens ?? 0) + step.inputTokens,
    outputTokens: (total?.outputTokens ?? 0) + step.outputTokens,
    ...(reasoningTokens === undefined ? {} : { reasoningTokens }),
    ...(cachedInputTokens === undefined ? {} : { cachedInputTokens }),
  };
}
