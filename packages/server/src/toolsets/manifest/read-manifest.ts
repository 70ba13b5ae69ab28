import { readFile, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { ToolsetManifest } from "@covalt/contracts";
import { CovaltError, normalizeWorkspacePath } from "@covalt/core";
import { isInside } from "../is-inside.js";
import { describeIssue, formatIssuePath } from "./describe-issue.js";
import { locateYamlNode } from "./locate-yaml-node.js";

export const manifestFileName = "toolset.yaml";

export interface ReadManifest {
  manifest: ToolsetManifest;
  /** Real path of the toolset folder. */
  dir: string;
  /** Tool name → absolute path of its entry file, checked to be inside the folder. */
  entryPaths: Map<string, string>;
}

/**
 * Reads and validates `<dir>/toolset.yaml`. Every problem is reported at once, each with the
 * line and column it concerns (`toolset.yaml:12:5: tools[1].risk must be one of ...`), as one
 * `validation-failed` error.
 */
export async function readManifest(folder: string): Promise<ReadManifest> {
  const dir = await realpath(folder).catch(() => {
    throw new CovaltError("validation-failed", `The toolset folder ${folder} does not exist.`);
  });
  const text = await readFile(join(dir, manifestFileName), "utf8").catch(() => {
    throw new CovaltError(
      "validation-failed",
      `${folder} has no ${manifestFileName}; a toolset folder must contain one.`,
    );
  });
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const position = lineCounter.linePos(error.pos[0]);
      return `${manifestFileName}:${position.line}:${position.col}: ${error.message.split("\n")[0] ?? ""}`;
    });
    throw new CovaltError("validation-failed", problems.join("\n"));
  }

  const parsed = ToolsetManifest.safeParse(document.toJS());
  const at = (path: readonly PropertyKey[], atKey = false) => {
    const { line, column } = locateYamlNode(document, lineCounter, path, atKey);
    return `${manifestFileName}:${line}:${column}`;
  };
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const unknownKey = issue.code === "unrecognized_keys";
      const pointAt = unknownKey ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
      return `${at(pointAt, unknownKey)}: ${formatIssuePath(issue.path)} ${describeIssue(issue)}`;
    });
    throw new CovaltError("validation-failed", problems.join("\n"));
  }

  const entryPaths = new Map<string, string>();
  const problems: string[] = [];
  for (const [index, tool] of parsed.data.tools.entries()) {
    const path = ["tools", index, "entry"];
    const entry = await checkEntry(dir, tool.entry);
    if (typeof entry === "string") entryPaths.set(tool.name, entry);
    else problems.push(`${at(path)}: ${formatIssuePath(path)} ${entry.problem}`);
  }
  if (problems.length > 0) throw new CovaltError("validation-failed", problems.join("\n"));
  return { manifest: parsed.data, dir, entryPaths };
}

/** The entry must be a file inside the folder: no `..`, no absolute path, no link leading out. */
async function checkEntry(dir: string, entry: string): Promise<string | { problem: string }> {
  const normalized = normalizeWorkspacePath(entry);
  if (!normalized.ok) return { problem: `must stay inside the toolset folder: ${normalized.reason}` };
  const absolute = join(dir, normalized.path);
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined) return { problem: `names ${entry}, which does not exist in the toolset folder` };
  if (!isInside(dir, real)) return { problem: `names ${entry}, which leads outside the toolset folder` };
  if (!(await stat(real)).isFile()) return { problem: `names ${entry}, which is not a file` };
  return real;
}
