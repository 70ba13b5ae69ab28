import type { RunEvent, ToolDescriptor, ToolPort } from "@covalt/contracts";
import { decideApproval, ModelToolNames, ToolOrchestrator, type ToolOrchestratorPorts } from "@covalt/core";
import { newId } from "../ids/new-id.js";
import type { ApprovalBroker } from "./approval-broker.js";
import type { ArgumentValidator } from "./argument-validator.js";
import type { ToolExecutors } from "./tool-executors.js";
import type { ToolPolicyStore } from "./tool-policy-store.js";
import type { ToolRegistry } from "./tool-registry.js";

export interface ToolServices {
  registry: ToolRegistry;
  policies: ToolPolicyStore;
  broker: ApprovalBroker;
  validator: ArgumentValidator;
  executors: ToolExecutors;
}

/**
 * The tools of one run as its nodes see them: the chat's selection (plus this message's `@tool`
 * mentions), named for the model by a table that belongs to this run alone, and run through the
 * one orchestrator with the user's policies.
 */
export function createRunTools(
  services: ToolServices,
  run: {
    chatId: string;
    runId: string;
    selection: readonly string[];
    emit: (event: RunEvent) => void;
    /** After a call that may have changed files (any risk but `read`), e.g. to snapshot the workspace. */
    afterWrite?: () => Promise<void>;
  },
): ToolPort {
  const offered = services.registry.forSelection(run.selection);
  const byId = new Map(offered.map((tool) => [tool.id, tool]));
  const names = new ModelToolNames(offered.map((tool) => tool.id));

  const ports: ToolOrchestratorPorts = {
    resolve: (toolId) => byId.get(toolId),
    validate: (tool, input) => services.validator.validate(tool, input),
    approvalFor(tool) {
      const override = services.registry.overrideFor(tool.id);
      return decideApproval({
        defaultApproval: tool.defaultApproval,
        toolOverride: override.tool,
        sourceOverride: override.source,
        allowedInChat: services.policies.isAllowedInChat(run.chatId, tool.id),
      });
    },
    requestApproval: ({ approvalId, tool }) => services.broker.wait(approvalId, run.runId, tool),
    record(entry) {
      services.policies.audit({ ...entry, chatId: run.chatId, runId: run.runId });
      if (entry.outcome === "allow-chat") services.policies.allowInChat(run.chatId, entry.toolId);
      if (entry.outcome === "allow-always") services.policies.setOverride(entry.toolId, "auto");
    },
    preview: (tool, input, signal) => services.executors.preview(tool, input, { chatId: run.chatId, signal }),
    async execute(tool, input, options) {
      try {
        return await services.executors.execute(tool, input, {
          chatId: run.chatId,
          signal: options.signal,
          onProgress: options.onProgress,
        });
      } finally {
        // Even a failed call may have written part of its work.
        if (tool.risk !== "read") await run.afterWrite?.();
      }
    },
    newApprovalId: () => newId("approval"),
    now: () => Date.now(),
  };
  const orchestrator = new ToolOrchestrator(ports, run.emit);

  return {
    definitions: offered.map((tool) => ({
      name: names.nameFor(tool.id),
      description: tool.description,
      inputSchema: tool.inputSchema,
    })),
    nameFor: (toolId) => names.nameFor(toolId),
    toolIdFor: (modelName) => names.toolIdFor(modelName),
    displayNameOf: (toolId) => byId.get(toolId)?.name ?? toolId.slice(toolId.lastIndexOf("/") + 1),
    run: (calls, signal) => orchestrator.run(calls, signal),
  };
}

export type { ToolDescriptor };
