import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
// The MCP host is not part of the server's public entry yet; the benchmark reaches it directly.
import { InMemoryMcpServerStore, McpHost } from "@covalt/server";
import type { Benchmark } from "../benchmark.js";

const everythingBin = fileURLToPath(
  new URL("../../../node_modules/@modelcontextprotocol/server-everything/dist/index.js", import.meta.url),
);

/**
 * What Covalt's MCP client manager adds to a tool call: the median of `echo` calls through
 * McpHost (tool lookup, fingerprint check, result mapping) against the SDK client calling the same
 * kind of stdio server directly. Calls alternate between the two so drift hits both alike.
 */
export const mcpCallOverheadBenchmark: Benchmark = {
  name: "mcp-call-overhead",
  description: "median echo call through McpHost vs the MCP SDK client, stdio server-everything",
  async run({ quick, report }) {
    const calls = quick ? 100 : 1000;
    const warmup = quick ? 20 : 100;
    const host = new McpHost({ store: new InMemoryMcpServerStore() });
    const server = host.create({
      name: "Everything",
      transport: { type: "stdio", command: process.execPath, args: [everythingBin, "stdio"] },
    });
    host.consent(server.id, server.fingerprint);
    const client = new Client({ name: "bench", version: "0.0.0" });
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [everythingBin, "stdio"],
      stderr: "pipe",
    });
    try {
      await Promise.all([host.listTools(server.id), client.connect(transport)]);
      const viaHost = () => host.callTool(server.id, "echo", { message: "ping" });
      const direct = () => client.callTool({ name: "echo", arguments: { message: "ping" } });
      const samples: number[] = [];
      const baseline: number[] = [];
      for (let index = 0; index < warmup + calls; index += 1) {
        let started = performance.now();
        await viaHost();
        const hostTime = performance.now() - started;
        started = performance.now();
        await direct();
        const directTime = performance.now() - started;
        if (index >= warmup) {
          samples.push(hostTime * 1000);
          baseline.push(directTime * 1000);
        }
      }
      const sorted = [...baseline].sort((a, b) => a - b);
      const baselineMedian = sorted[Math.floor(sorted.length / 2)] ?? 0;
      report({
        metric: "echo-call",
        unit: "µs",
        samples,
        budget: { op: "<=", value: baselineMedian * 1.2 },
        baseline: {
          samples: baseline,
          description: "the MCP SDK client calling a server-everything stdio process directly",
        },
      });
    } finally {
      await Promise.all([host.close(), client.close()]);
    }
  },
};
