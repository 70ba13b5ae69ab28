import {
  defaultApprovalFor,
  type RendererSpec,
  type ToolDescriptor,
  type ToolsetManifest,
  type ToolsetRendererEntry,
} from "@covalt/contracts";
import { formatToolId } from "@covalt/core";

/** The registry's view of a toolset's tools: canonical ids, defaults filled in, renderer specs. */
export function toolDescriptorsOf(manifest: ToolsetManifest): ToolDescriptor[] {
  return manifest.tools.map((tool) => ({
    id: formatToolId({ kind: "toolset", source: manifest.id, tool: tool.name }),
    name: tool.name,
    ...(tool.title === undefined ? {} : { title: tool.title }),
    description: tool.description,
    inputSchema: tool.input_schema,
    risk: tool.risk,
    defaultApproval: tool.approval ?? defaultApprovalFor(tool.risk),
    ...(tool.renderer === undefined ? {} : { renderer: rendererSpecOf(tool.renderer) }),
    ...(tool.approval_renderer === undefined ? {} : { approvalRenderer: rendererSpecOf(tool.approval_renderer) }),
    ...(tool.timeout_ms === undefined ? {} : { timeoutMs: tool.timeout_ms }),
    source: { kind: "toolset", id: manifest.id, name: manifest.name },
  }));
}

/** YAML keeps a renderer's config flat next to `type`; the descriptor nests it under `config`. */
function rendererSpecOf(entry: ToolsetRendererEntry): RendererSpec {
  const { type, title, ...config } = entry;
  return {
    renderer: type,
    ...(title === undefined ? {} : { title }),
    ...(Object.keys(config).length === 0 ? {} : { config }),
  };
}
