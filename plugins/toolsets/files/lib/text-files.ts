import { readFile } from "node:fs/promises";

/** Larger files are refused: a model cannot use megabytes of text in one tool result anyway. */
export const maxTextFileBytes = 2 * 1024 * 1024;

/** Reads a UTF-8 text file, or throws a message the model can act on (missing, binary, too large). */
export async function readTextFile(absolutePath: string, shownPath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`${shownPath} does not exist.`);
    if (code === "EISDIR") throw new Error(`${shownPath} is a folder; use list_files to see what it contains.`);
    throw new Error(`Could not read ${shownPath}: ${code ?? (error as Error).message}.`);
  }
  if (bytes.byteLength > maxTextFileBytes)
    throw new Error(`${shownPath} is larger than 2 MB, too large to read as text here.`);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${shownPath} is a binary file, not text.`);
  return bytes.toString("utf8");
}

/** The current content, or "" when the file does not exist yet (for previews of writes). */
export async function readTextFileOrEmpty(
  absolutePath: string,
  shownPath: string,
): Promise<{ content: string; exists: boolean }> {
  try {
    return { content: await readTextFile(absolutePath, shownPath), exists: true };
  } catch (error) {
    if (error instanceof Error && error.message === `${shownPath} does not exist.`)
      return { content: "", exists: false };
    throw error;
  }
}

/** Tool arguments arrive as JSON from a model; the orchestrator validates them, this keeps types honest. */
export function stringArgument(args: Record<string, unknown>, name: string): string {
  const value = args[name];
  if (typeof value !== "string") throw new Error(`The argument "${name}" must be a string.`);
  return value;
}

export function optionalNumberArgument(args: Record<string, unknown>, name: string): number | undefined {
  const value = args[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`The argument "${name}" must be a number.`);
  return value;
}
