import { apiRoutes } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Hono } from "hono";
import type { McpHost } from "../../mcp/mcp-host.js";
import { registerRoute } from "../register-route.js";

/** Settings → MCP servers and the composer's resources and prompts. Secret values never leave the server. */
export function registerMcpRoutes(app: Hono, mcp: McpHost): void {
  const requireServer = (serverId: string | undefined) => {
    const server = mcp.server(serverId ?? "");
    if (server === undefined) throw new CovaltError("not-found", `There is no MCP server ${serverId ?? ""}.`);
    return server;
  };

  /** What the server itself refused (an unknown prompt, a bad argument) reads as its own message, not a crash. */
  const fromServer = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof CovaltError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new CovaltError("mcp-connection-failed", `The MCP server refused the request: ${reason}`);
    }
  };

  registerRoute(app, apiRoutes.listMcpServers, () => ({ servers: mcp.servers() }));
  registerRoute(app, apiRoutes.createMcpServer, ({ body }) => mcp.create(body));
  registerRoute(app, apiRoutes.updateMcpServer, ({ params, body }) =>
    mcp.update(requireServer(params.serverId).id, body),
  );
  registerRoute(app, apiRoutes.deleteMcpServer, async ({ params }) => {
    await mcp.remove(requireServer(params.serverId).id);
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.consentMcpServer, ({ params, body }) =>
    mcp.consent(requireServer(params.serverId).id, body.fingerprint),
  );
  registerRoute(app, apiRoutes.restartMcpServer, ({ params }) => mcp.restart(requireServer(params.serverId).id));
  registerRoute(app, apiRoutes.listMcpServerTools, async ({ params }) => ({
    tools: await fromServer(() => mcp.listTools(requireServer(params.serverId).id)),
  }));
  registerRoute(app, apiRoutes.acknowledgeMcpTool, ({ params }) => {
    mcp.acknowledgeToolChange(requireServer(params.serverId).id, params.toolName ?? "");
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.listMcpResources, async ({ params }) => ({
    resources: await fromServer(() => mcp.listResources(requireServer(params.serverId).id)),
  }));
  registerRoute(app, apiRoutes.readMcpResource, async ({ params, query }) => ({
    contents: await fromServer(() => mcp.readResource(requireServer(params.serverId).id, query.uri)),
  }));
  registerRoute(app, apiRoutes.listMcpPrompts, async ({ params }) => ({
    prompts: await fromServer(() => mcp.listPrompts(requireServer(params.serverId).id)),
  }));
  registerRoute(app, apiRoutes.getMcpPrompt, async ({ params, body }) => {
    const prompt = await fromServer(() =>
      mcp.getPrompt(requireServer(params.serverId).id, params.promptName ?? "", body.arguments),
    );
    return {
      messages: prompt.messages.map((message) => ({
        role: message.role,
        text: message.content.type === "text" ? message.content.text : `[${message.content.type} content]`,
      })),
    };
  });
}
