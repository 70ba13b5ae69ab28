import { apiRoutes } from "@covalt/contracts";
import { CovaltError, parseToolSelector } from "@covalt/core";
import type { Hono } from "hono";
import type { ToolsetHost } from "../../toolsets/toolset-host.js";
import type { ToolServices } from "../../tools/run-tools.js";
import { registerRoute } from "../register-route.js";

export function registerToolRoutes(app: Hono, tools: ToolServices, toolsets: ToolsetHost): void {
  const { registry, policies, broker } = tools;
  const requireToolset = (id: string) => {
    const toolset = registry.toolset(id);
    if (toolset === undefined) throw new CovaltError("not-found", `There is no toolset "${id}".`);
    return toolset;
  };

  registerRoute(app, apiRoutes.listTools, () => ({ tools: registry.tools() }));
  registerRoute(app, apiRoutes.listToolsets, () => ({ toolsets: registry.toolsets() }));
  registerRoute(app, apiRoutes.installToolset, async ({ body }) => {
    const source = "path" in body ? { path: body.path } : { zip: decodeZip(body.zipBase64) };
    const installed = await toolsets.install(source);
    return requireToolset(installed.id);
  });
  registerRoute(app, apiRoutes.updateToolset, ({ params, body }) => {
    const toolset = requireToolset(params.toolsetId ?? "");
    policies.setToolsetEnabled(toolset.id, body.enabled);
    return requireToolset(toolset.id);
  });
  registerRoute(app, apiRoutes.uninstallToolset, async ({ params }) => {
    const toolset = requireToolset(params.toolsetId ?? "");
    await toolsets.uninstall(toolset.id);
    policies.setToolsetEnabled(toolset.id, true);
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.setToolPolicy, ({ body }) => {
    if (parseToolSelector(body.target) === undefined) {
      throw new CovaltError(
        "validation-failed",
        `"${body.target}" is not a tool id or toolset selector (e.g. toolset:files/read_file or toolset:files).`,
      );
    }
    policies.setOverride(body.target, body.approval);
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.answerApproval, ({ params, body }) => {
    broker.answer(params.runId ?? "", params.approvalId ?? "", body);
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.listApprovalAudit, ({ query }) => ({ entries: policies.auditLog(query.limit) }));
}

function decodeZip(base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new CovaltError("validation-failed", "The toolset upload is not valid base64.");
  }
  return new Uint8Array(Buffer.from(base64, "base64"));
}

/** Chat tool selections must name tools or whole toolsets; anything else is a typo worth reporting. */
export function checkToolSelection(selection: readonly string[] | undefined): void {
  for (const selector of selection ?? []) {
    if (parseToolSelector(selector) === undefined) {
      throw new CovaltError("validation-failed", `"${selector}" is not a tool id or toolset selector.`);
    }
  }
}
