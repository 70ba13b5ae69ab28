import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { defineTool } from "@covalt/plugin-sdk";
import { maxTextFileBytes, optionalNumberArgument, readTextFile, stringArgument } from "../lib/text-files.js";

interface Match {
  path: string;
  line: number;
  text: string;
}

/** Folders that are large, generated and almost never what a search is after. */
const skippedFolders = new Set([".git", "node_modules"]);
const maxLineLength = 300;

/** Finds lines matching plain text (default) or a regular expression in the workspace's text files. */
export default defineTool({
  async execute(args, context) {
    const query = stringArgument(args, "query");
    if (query === "") throw new Error("The query is empty.");
    const path = typeof args.path === "string" && args.path !== "" ? args.path : ".";
    const maxResults = Math.max(1, Math.min(1_000, optionalNumberArgument(args, "max_results") ?? 100));
    const flags = args.case_sensitive === true ? "" : "i";
    let pattern: RegExp;
    try {
      pattern = new RegExp(args.regex === true ? query : query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), flags);
    } catch (error) {
      throw new Error(`The regular expression is invalid: ${(error as Error).message}`);
    }
    const root = await context.resolvePath(path);
    const prefix = path === "." ? "" : `${path.replace(/\/+$/, "")}/`;
    const matches: Match[] = [];
    let filesSearched = 0;
    const visit = async (relative: string): Promise<boolean> => {
      const absolute = join(root, relative);
      const info = await lstat(absolute);
      if (info.isDirectory()) {
        const children = (await readdir(absolute)).sort();
        for (const child of children) {
          if (skippedFolders.has(child)) continue;
          if (!(await visit(relative === "" ? child : `${relative}/${child}`))) return false;
        }
        return true;
      }
      // Links are skipped, never followed: they may lead out of the workspace.
      if (!info.isFile() || info.size > maxTextFileBytes) return true;
      const shown = prefix + relative || path;
      const content = await readTextFile(absolute, shown).catch(() => undefined);
      if (content === undefined) return true;
      filesSearched += 1;
      for (const [index, line] of content.split("\n").entries()) {
        if (!pattern.test(line)) continue;
        if (matches.length >= maxResults) return false;
        matches.push({
          path: shown,
          line: index + 1,
          text: line.length > maxLineLength ? `${line.slice(0, maxLineLength)}…` : line,
        });
        if (context.signal.aborted) return false;
      }
      return true;
    };
    const complete = await visit("").catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${path} does not exist.`);
      throw error;
    });
    return { query, matches, truncated: !complete, files_searched: filesSearched };
  },
});
