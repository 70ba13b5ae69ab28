import type { McpServerView, ToolInfo } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { applyStatusEvent, inferServerOverride, mcpToolId, statusTones, transportSummary } from "./mcp-status.js";

const server = (id: string, extra: Partial<McpServerView> = {}): McpServerView => ({
  id,
  name: id,
  transport: { type: "stdio", command: "node", args: ["server.js", "my dir"], env: {}, secretEnvKeys: [] },
  enabled: true,
  trusted: false,
  startup: "lazy",
  origin: "user",
  fingerprint: "f".repeat(64),
  consented: true,
  status: "idle",
  stderr: [],
  toolCount: 0,
  changedTools: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const tool = (name: string, extra: Partial<ToolInfo> = {}): ToolInfo => ({
  id: mcpToolId("s1", name),
  name,
  description: "",
  inputSchema: {},
  risk: "read",
  defaultApproval: "ask",
  approval: "ask",
  override: null,
  source: { kind: "mcp", id: "s1", name: "S1" },
  ...extra,
});

describe("status presentation", () => {
  it("colours by what the user should do", () => {
    expect(statusTones.ready).toContain("success");
    expect(statusTones["needs-consent"]).toContain("warning");
    expect(statusTones["needs-auth"]).toContain("warning");
    expect(statusTones.error).toContain("danger");
  });

  it("summarises stdio servers by command line and HTTP servers by URL", () => {
    expect(transportSummary(server("a"))).toBe("node server.js 'my dir'");
    expect(transportSummary({ transport: { type: "http", url: "https://x.test/mcp", headerNames: [] } })).toBe(
      "https://x.test/mcp",
    );
  });
});

describe("applyStatusEvent", () => {
  it("patches only the named server", () => {
    const list = [server("a", { lastError: "old" }), server("b")];
    const next = applyStatusEvent(list, { type: "mcp-status", serverId: "a", status: "ready", toolCount: 3 });
    expect(next[0]).toMatchObject({ status: "ready", toolCount: 3 });
    expect(next[0]?.lastError).toBeUndefined();
    expect(next[1]).toBe(list[1]);
  });

  it("keeps the tool count when the event has none and takes the new error", () => {
    const list = [server("a", { toolCount: 5 })];
    const [patched] = applyStatusEvent(list, { type: "mcp-status", serverId: "a", status: "error", lastError: "boom" });
    expect(patched).toMatchObject({ status: "error", toolCount: 5, lastError: "boom" });
  });
});

describe("inferServerOverride", () => {
  it("reads the override from a tool that follows the server", () => {
    const tools = [tool("a", { override: "deny", approval: "deny" }), tool("b", { approval: "auto" })];
    expect(inferServerOverride(tools, "s1")).toBe("auto");
  });

  it("is null when every following tool has its default", () => {
    expect(inferServerOverride([tool("a"), tool("b", { override: "auto", approval: "auto" })], "s1")).toBeNull();
    expect(inferServerOverride([tool("a", { approval: "auto" })], "other")).toBeNull();
  });
});
