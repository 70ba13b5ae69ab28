import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { defineTool } from "@covalt/plugin-sdk";
import { optionalNumberArgument } from "../lib/text-files.js";

interface Entry {
  path: string;
  type: "file" | "folder" | "link" | "other";
  size: number;
}

/** Lists a workspace folder (breadth-first when recursive), stopping at `max_entries`. */
export default defineTool({
  async execute(args, context) {
    const path = typeof args.path === "string" && args.path !== "" ? args.path : ".";
    const recursive = args.recursive === true;
    const maxEntries = Math.max(1, Math.min(5_000, optionalNumberArgument(args, "max_entries") ?? 500));
    const root = await context.resolvePath(path);
    const prefix = path === "." ? "" : `${path.replace(/\/+$/, "")}/`;
    const entries: Entry[] = [];
    const queue: string[] = [""];
    let truncated = false;
    while (queue.length > 0 && !truncated) {
      const relative = queue.shift() ?? "";
      const children = await readdir(join(root, relative), { withFileTypes: true }).catch((error: unknown) => {
        if (relative !== "") return [];
        const code = (error as NodeJS.ErrnoException).code;
        throw new Error(
          code === "ENOENT"
            ? `${path} does not exist.`
            : code === "ENOTDIR"
              ? `${path} is a file, not a folder.`
              : `Could not list ${path}: ${code ?? "unknown error"}.`,
        );
      });
      children.sort((left, right) => left.name.localeCompare(right.name));
      for (const child of children) {
        if (entries.length >= maxEntries) {
          truncated = true;
          break;
        }
        const childPath = relative === "" ? child.name : `${relative}/${child.name}`;
        // Links are listed but never followed: they may lead out of the workspace.
        const type = child.isSymbolicLink()
          ? "link"
          : child.isDirectory()
            ? "folder"
            : child.isFile()
              ? "file"
              : "other";
        const size = type === "file" ? (await lstat(join(root, childPath))).size : 0;
        entries.push({ path: prefix + childPath, type, size });
        if (recursive && type === "folder") queue.push(childPath);
      }
    }
    return { path, entries, truncated };
  },
});
