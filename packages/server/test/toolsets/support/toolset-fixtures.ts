import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { builtinToolsetDirs } from "@covalt/plugin-toolsets/server";
import { createTempDataDir, type TempDataDir } from "@covalt/testing";
import { ToolsetHost, type ToolsetHostOptions } from "../../../src/toolsets/index.js";

export interface HostFixture {
  host: ToolsetHost;
  temp: TempDataDir;
  dataDir: string;
  /** An existing, empty workspace folder for chat `chat_test`. */
  workspace: string;
  cleanup: () => Promise<void>;
}

export const silentLogger = pino({ level: "silent" });

/** A host over a fresh data folder with the real built-in toolsets. */
export async function openHost(options: Partial<ToolsetHostOptions> = {}): Promise<HostFixture> {
  const temp = createTempDataDir("covalt-toolsets-");
  const dataDir = join(temp.path, "data");
  const workspace = join(temp.path, "workspace");
  mkdirSync(workspace, { recursive: true });
  const host = await ToolsetHost.open({ dataDir, builtinDirs: builtinToolsetDirs, logger: silentLogger, ...options });
  return {
    host,
    temp,
    dataDir,
    workspace,
    cleanup: async () => {
      await host.close();
      temp.cleanup();
    },
  };
}

/** Writes a toolset folder whose tools are given as TypeScript bodies of `defineTool({...})`. */
export function writeToolset(
  dir: string,
  id: string,
  tools: Record<string, { code: string; risk?: string; extra?: string }>,
): string {
  mkdirSync(join(dir, "tools"), { recursive: true });
  const entries = Object.entries(tools).map(([name, tool]) => {
    writeFileSync(join(dir, "tools", `${name}.ts`), `import { defineTool } from "@covalt/plugin-sdk";\n${tool.code}\n`);
    return [
      `  - name: ${name}`,
      `    description: Test tool ${name}`,
      `    entry: tools/${name}.ts`,
      `    risk: ${tool.risk ?? "read"}`,
      "    input_schema:",
      "      type: object",
      ...(tool.extra === undefined ? [] : [tool.extra]),
    ].join("\n");
  });
  writeFileSync(
    join(dir, "toolset.yaml"),
    [`id: ${id}`, `name: Test ${id}`, "version: 0.0.1", "tools:", ...entries, ""].join("\n"),
  );
  return dir;
}

/** Arguments shared by every call in a test: chat, workspace, a live signal and a generous timeout. */
export function callIn(
  workspace: string,
  overrides: { signal?: AbortSignal; timeoutMs?: number } = {},
): { chatId: string; workspaceDir: string; signal: AbortSignal; timeoutMs: number } {
  return {
    chatId: "chat_test",
    workspaceDir: workspace,
    signal: overrides.signal ?? new AbortController().signal,
    timeoutMs: overrides.timeoutMs ?? 15_000,
  };
}
