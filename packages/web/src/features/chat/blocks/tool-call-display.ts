import type { ToolCallBlock } from "@covalt/contracts";
import { parseToolId } from "@covalt/core";

/** Where a tool comes from, as a quiet prefix: the toolset or MCP server; nothing for built-ins. */
export function toolSourceLabel(toolId: string): string | undefined {
  const parts = parseToolId(toolId);
  if (parts === undefined || parts.kind === "builtin") return undefined;
  return parts.source;
}

/** "340 ms", "2.4 s", "1 m 05 s". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1_000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1_000).toFixed(milliseconds < 10_000 ? 1 : 0)} s`;
  const seconds = Math.round(milliseconds / 1_000);
  return `${Math.floor(seconds / 60)} m ${String(seconds % 60).padStart(2, "0")} s`;
}

const summaryLength = 90;

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > summaryLength ? `${line.slice(0, summaryLength - 1)}…` : line;
}

/**
 * The argument most worth showing in the collapsed row: a path, command, url or query when the
 * call has one, else the first short string argument.
 */
export function inputSummary(input: unknown): string | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined;
  const record = input as Record<string, unknown>;
  for (const key of ["path", "file", "filename", "command", "cmd", "url", "query", "pattern", "name"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return oneLine(value);
  }
  const firstString = Object.values(record).find((value): value is string => typeof value === "string" && value !== "");
  return firstString === undefined ? undefined : oneLine(firstString);
}

/** The collapsed card's one line: the interesting argument, else the error or the result's first line. */
export function toolCallSummary(block: ToolCallBlock): string | undefined {
  const fromInput = inputSummary(block.input);
  if (fromInput !== undefined) return fromInput;
  const output = block.result?.output;
  if (typeof output === "string" && output.trim() !== "") return oneLine(output);
  return undefined;
}

/** Progress as a fraction 0…1, or undefined when the total is unknown (an indeterminate bar). */
export function progressFraction(progress: ToolCallBlock["progress"]): number | undefined {
  if (progress?.total === undefined || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.progress / progress.total));
}
