import { defineTool } from "@covalt/plugin-sdk";
import { optionalNumberArgument, readTextFile, stringArgument } from "../lib/text-files.js";

/** Reads a text file of the workspace, optionally only a range of its lines (1-based, inclusive). */
export default defineTool({
  async execute(args, context) {
    const path = stringArgument(args, "path");
    const content = await readTextFile(await context.resolvePath(path), path);
    const lines = content.split("\n");
    const totalLines = content.endsWith("\n") ? lines.length - 1 : lines.length;
    const startLine = optionalNumberArgument(args, "start_line");
    const endLine = optionalNumberArgument(args, "end_line");
    if (startLine === undefined && endLine === undefined) return { path, content, total_lines: totalLines };
    const from = Math.max(1, Math.floor(startLine ?? 1));
    const to = Math.min(totalLines, Math.floor(endLine ?? totalLines));
    if (from > to) throw new Error(`${path} has ${totalLines} lines; the range ${from}-${to} is empty.`);
    return {
      path,
      content: lines.slice(from - 1, to).join("\n"),
      total_lines: totalLines,
      start_line: from,
      end_line: to,
    };
  },
});
