export { decideApproval, type ApprovalPolicyInput, type ApprovalVerdict } from "./approval-policy.js";
export { ModelToolNames } from "./model-tool-names.js";
export { buildRenderPlan, type RenderValues } from "./render-plan-builder.js";
export {
  formatToolId,
  parseToolId,
  parseToolSelector,
  selectorCovers,
  sourceSelectorOf,
  type ToolIdParts,
  type ToolSelector,
} from "./tool-id.js";
export {
  ToolOrchestrator,
  type ApprovalAnswer,
  type ApprovalRecord,
  type ProgressUpdate,
  type ToolOrchestratorPorts,
} from "./tool-orchestrator.js";
export { defaultOutputLimits, prepareToolOutput, type OutputLimits, type PreparedOutput } from "./tool-output.js";
