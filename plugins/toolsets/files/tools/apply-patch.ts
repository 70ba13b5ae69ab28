import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { defineTool, type ToolContext } from "@covalt/plugin-sdk";
import { readTextFileOrEmpty, stringArgument } from "../lib/text-files.js";
import { applyFilePatch, parseUnifiedDiff } from "../lib/unified-diff.js";

interface PlannedChange {
  path: string;
  target: string;
  before: string;
  /** Undefined when the patch deletes the file. */
  after: string | undefined;
  created: boolean;
}

/**
 * Works out every file's new content before touching any, so a patch whose third file does not
 * apply leaves the first two unchanged.
 */
async function plan(args: Record<string, unknown>, context: ToolContext): Promise<PlannedChange[]> {
  const changes: PlannedChange[] = [];
  for (const file of parseUnifiedDiff(stringArgument(args, "patch"))) {
    const path = file.newPath ?? file.oldPath;
    if (path === undefined) throw new Error("A file in the patch has /dev/null as both its old and new name.");
    // A file the patch creates or changes is written: its name must not clash by case with another.
    const target = await context.resolvePath(path, { write: file.newPath !== undefined });
    const current = await readTextFileOrEmpty(target, path);
    if (file.oldPath === undefined && current.exists)
      throw new Error(`The patch creates ${path}, but it already exists.`);
    if (file.oldPath !== undefined && !current.exists)
      throw new Error(`The patch changes ${path}, which does not exist.`);
    const after = file.newPath === undefined ? undefined : applyFilePatch(current.content, file);
    changes.push({ path, target, before: current.content, after, created: file.oldPath === undefined });
  }
  return changes;
}

/** Applies a unified diff to one or more workspace files; the preview feeds the diff renderer. */
export default defineTool({
  async preview(args, context) {
    const changes = await plan(args, context);
    const single = changes.length === 1 ? changes[0] : undefined;
    const joined = (side: "before" | "after") =>
      single !== undefined
        ? (single[side] ?? "")
        : changes.map((change) => `=== ${change.path} ===\n${change[side] ?? ""}`).join("\n");
    return {
      path: changes.map((change) => change.path).join(", "),
      before: joined("before"),
      after: joined("after"),
      files: changes.map(({ path, before, after }) => ({
        path,
        before,
        after: after ?? "",
        deleted: after === undefined,
      })),
    };
  },
  async execute(args, context) {
    const changes = await plan(args, context);
    const applied: PlannedChange[] = [];
    try {
      for (const change of changes) {
        // Asked again just before writing: two files of this one patch that differ only by case
        // clash with each other, which the plan could not see while neither existed.
        if (change.after !== undefined) await context.resolvePath(change.path, { write: true });
        await apply(change);
        applied.push(change);
      }
    } catch (error) {
      // All or nothing, as the plan promises: what was written already is put back.
      for (const change of applied.reverse()) await undo(change);
      throw error;
    }
    return {
      files: changes.map((change) => ({
        path: change.path,
        status: change.after === undefined ? "deleted" : change.created ? "created" : "modified",
      })),
    };
  },
});

async function apply(change: PlannedChange): Promise<void> {
  if (change.after === undefined) {
    await rm(change.target);
    return;
  }
  await mkdir(dirname(change.target), { recursive: true });
  await writeFile(change.target, change.after, "utf8");
}

async function undo(change: PlannedChange): Promise<void> {
  if (change.created) await rm(change.target, { force: true });
  else await writeFile(change.target, change.before, "utf8");
}
