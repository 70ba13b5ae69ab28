import { parseToolSelector } from "@covalt/core";

/** The MCP servers a chat's tool selection names (`mcp:<server>` or `mcp:<server>/<tool>`). */
export function selectedServerIds(selectors: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const selector of selectors) {
    const parsed = parseToolSelector(selector);
    if (parsed?.kind === "mcp") ids.add(parsed.source);
  }
  return ids;
}

/** Resolves once every promise settled or `ms` passed, whichever is first (never rejects). */
export async function settleWithin(promises: readonly Promise<unknown>[], ms: number): Promise<void> {
  if (promises.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.allSettled(promises), timeout]);
  clearTimeout(timer);
}
