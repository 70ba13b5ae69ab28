import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { defineTool } from "@covalt/plugin-sdk";
import { readTextFileOrEmpty, stringArgument } from "../lib/text-files.js";

/**
 * Creates or replaces a text file; the approval preview shows what it replaces, as a diff. Both
 * resolve the path for writing, so a name that differs only by case from an existing one is
 * refused before anything is written (and the preview does not show the other file as "before").
 */
export default defineTool({
  async preview(args, context) {
    const path = stringArgument(args, "path");
    const current = await readTextFileOrEmpty(await context.resolvePath(path, { write: true }), path);
    return { before: current.content, exists: current.exists };
  },
  async execute(args, context) {
    const path = stringArgument(args, "path");
    const content = stringArgument(args, "content");
    const target = await context.resolvePath(path, { write: true });
    const { exists } = await readTextFileOrEmpty(target, path).catch(() => ({ exists: true }));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content, "utf8");
    return { path, bytes: Buffer.byteLength(content), created: !exists };
  },
});
