import type { CovaltProcess } from "@covalt/testing";

export interface ModelRef {
  providerId: string;
  modelId: string;
}

interface Turn {
  runId: string;
  userMessageId: string;
  assistantMessageId: string;
}

/**
 * The server's HTTP API, for setting up what a browser test starts from (a provider, a long chat)
 * much faster than clicking through it. The browser part of each test still goes through the UI.
 */
export class CovaltApi {
  constructor(private readonly covalt: CovaltProcess) {}

  async call<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.covalt.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.covalt.token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  }

  /** The OpenAI-compatible provider pointing at `mockUrl`, added once per server. */
  async mockProvider(mockUrl: string): Promise<string> {
    const { providers } = await this.call<{ providers: { id: string; baseUrl?: string }[] }>("GET", "/api/providers");
    const existing = providers.find((provider) => provider.baseUrl === `${mockUrl}/v1`);
    if (existing) return existing.id;
    const created = await this.call<{ id: string }>("POST", "/api/providers", {
      catalogId: "openai-compatible",
      name: "Mock",
      baseUrl: `${mockUrl}/v1`,
    });
    return created.id;
  }

  /** Adds a stdio MCP server and consents to its command line, as the settings page would. */
  async addStdioMcpServer(
    name: string,
    command: string,
    args: string[],
    options: { trusted?: boolean } = {},
  ): Promise<string> {
    const server = await this.call<{ id: string; fingerprint: string }>("POST", "/api/mcp/servers", {
      name,
      transport: { type: "stdio", command, args },
      trusted: options.trusted ?? false,
    });
    await this.call("POST", `/api/mcp/servers/${server.id}/consent`, { fingerprint: server.fingerprint });
    return server.id;
  }

  async createChat(title: string, model: ModelRef): Promise<string> {
    const chat = await this.call<{ id: string }>("POST", "/api/chats", { title, model });
    return chat.id;
  }

  /** Sends a message (at the branch's end, or below `parentId`) and waits until its answer has finished. */
  async sendTurn(chatId: string, content: string, model: ModelRef, parentId?: string | null): Promise<Turn> {
    const turn = await this.call<Turn>("POST", `/api/chats/${chatId}/messages`, {
      content,
      model,
      ...(parentId === undefined ? {} : { parentId }),
    });
    await this.waitForRun(turn.runId);
    return turn;
  }

  async waitForRun(runId: string): Promise<void> {
    for (;;) {
      const run = await this.call<{ status: string }>("GET", `/api/runs/${runId}`);
      if (run.status !== "running") return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
