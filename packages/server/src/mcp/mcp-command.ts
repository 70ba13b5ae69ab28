import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../config/data-dir.js";
import { type Database, openDatabase } from "../db/database.js";
import { migrationsDir } from "../package-paths.js";
import { openSecretsVault } from "../secrets/secrets-vault.js";
import { DrizzleMcpServerStore } from "./drizzle-mcp-server-store.js";
import { McpHost } from "./mcp-host.js";
import { InMemoryMcpServerStore } from "./mcp-server-store.js";

export const mcpUsage = `Usage: covalt mcp <command> [options]

Commands:
  servers                              list the configured MCP servers (JSON)
  list-tools <url|server-id>           list a server's tools (JSON)
  call <url|server-id> <tool> [json]   call a tool with a JSON object of arguments and print its output (JSON)

Options:
  --data-dir <dir>     where configured servers live (default: COVALT_DATA_DIR, then the per-user data folder)
  --header "N: value"  an HTTP header for a server given by URL (repeatable)
  --timeout-ms <n>     longest a call may run (default 60000)

A URL is reached over streamable HTTP, falling back to HTTP+SSE. Configured stdio servers start
only if you consented to their command in Covalt.`;

/** Name of the database file inside the data dir; the same as the server's. */
const databaseFileName = "covalt.db";

/**
 * `covalt mcp …`: the same McpHost the app uses, driven from a terminal. Prints JSON on stdout and
 * a one-line reason on stderr; resolves with the exit code.
 */
export async function runMcpCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        "data-dir": { type: "string" },
        header: { type: "string", multiple: true },
        "timeout-ms": { type: "string" },
        help: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    err(`covalt mcp: ${(error as Error).message}\n\n${mcpUsage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target, toolName, json] = positionals;
  if (values.help || command === undefined) {
    out(`${mcpUsage}\n`);
    return values.help ? 0 : 2;
  }

  let database: Database | undefined;
  let host: McpHost | undefined;
  try {
    const dataDir = resolve(values["data-dir"] ?? nonEmpty(env.COVALT_DATA_DIR) ?? defaultDataDir(env));
    const openStore = () => {
      const file = join(dataDir, databaseFileName);
      if (!existsSync(file)) throw new Error(`There is no Covalt database in ${dataDir}.`);
      database = openDatabase(file, migrationsDir);
      return new DrizzleMcpServerStore(database.db, openSecretsVault(dataDir, env.COVALT_SECRET_KEY));
    };

    if (command === "servers") {
      host = new McpHost({ store: openStore() });
      out(`${JSON.stringify(host.servers().map(summary), null, 2)}\n`);
      return 0;
    }
    if (command !== "list-tools" && command !== "call") throw new UsageError(`Unknown command "${command}".`);
    if (target === undefined) throw new UsageError("Name a server: a URL or a configured server id.");

    let serverId = target;
    if (/^https?:\/\//i.test(target)) {
      host = new McpHost({ store: new InMemoryMcpServerStore() });
      serverId = host.create({
        name: target,
        transport: { type: "http", url: target, headers: headersOf(values.header) },
      }).id;
    } else {
      host = new McpHost({ store: openStore() });
      if (host.server(target) === undefined) throw new Error(`No MCP server "${target}" is configured in ${dataDir}.`);
    }

    if (command === "list-tools") {
      out(`${JSON.stringify(await host.listTools(serverId), null, 2)}\n`);
      return 0;
    }
    if (toolName === undefined) throw new UsageError("Name the tool to call.");
    const args: unknown = json === undefined ? {} : JSON.parse(json);
    if (typeof args !== "object" || args === null || Array.isArray(args)) {
      throw new UsageError("The arguments must be a JSON object.");
    }
    const timeout = values["timeout-ms"] === undefined ? undefined : Number(values["timeout-ms"]);
    if (timeout !== undefined && !(timeout > 0)) throw new UsageError("--timeout-ms must be a positive number.");
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    try {
      const output = await host.callTool(serverId, toolName, args, {
        signal: controller.signal,
        timeoutMs: timeout,
        onProgress: (update) =>
          err(`progress ${update.progress}${update.total === undefined ? "" : `/${update.total}`}\n`),
      });
      out(`${JSON.stringify(output, null, 2)}\n`);
      return 0;
    } finally {
      process.off("SIGINT", stop);
    }
  } catch (error) {
    const usage = error instanceof UsageError ? `\n\n${mcpUsage}` : "";
    err(`covalt mcp: ${(error as Error).message}${usage}\n`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await host?.close();
    database?.close();
  }
}

class UsageError extends Error {}

function headersOf(lines: readonly string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines ?? []) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new UsageError(`--header needs "Name: value", got "${line}".`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function summary(server: ReturnType<McpHost["servers"]>[number]) {
  return {
    id: server.id,
    name: server.name,
    transport: server.transport,
    enabled: server.enabled,
    trusted: server.trusted,
    startup: server.startup,
    origin: server.origin,
    consented: server.consented,
    toolCount: server.toolCount,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
