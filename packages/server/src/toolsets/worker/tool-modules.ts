import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ToolImplementation } from "@covalt/contracts";
import { toolIndexFile, type ToolIndex } from "../protocol.js";

/** Imports each compiled tool once per process, on its first call. */
export function createToolModules(toolsDir: string): (tool: string) => Promise<ToolImplementation<unknown>> {
  let index: Promise<ToolIndex> | undefined;
  const loaded = new Map<string, Promise<ToolImplementation<unknown>>>();

  async function load(tool: string): Promise<ToolImplementation<unknown>> {
    index ??= readFile(join(toolsDir, toolIndexFile), "utf8").then((text) => JSON.parse(text) as ToolIndex);
    const file = (await index)[tool];
    if (file === undefined) throw new Error(`This toolset has no tool named "${tool}".`);
    const module = (await import(pathToFileURL(join(toolsDir, file)).href)) as { default?: unknown };
    const implementation = module.default;
    if (!isToolImplementation(implementation)) {
      throw new Error(`The tool "${tool}" must default-export defineTool({ execute }) from its entry file.`);
    }
    return implementation;
  }

  return (tool) => {
    let pending = loaded.get(tool);
    if (pending === undefined) {
      pending = load(tool);
      // A failed import is not cached: the error is reported, and a fixed build can load later.
      pending.catch(() => loaded.delete(tool));
      loaded.set(tool, pending);
    }
    return pending;
  };
}

function isToolImplementation(value: unknown): value is ToolImplementation<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { execute?: unknown }).execute === "function";
}
