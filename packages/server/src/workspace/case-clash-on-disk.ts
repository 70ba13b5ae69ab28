import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { caseClashMessage, caseTwin, CovaltError } from "@covalt/core";

export interface CaseClash {
  /** The part of the requested path that is new: `Src` for `Src/a.ts`. */
  path: string;
  /** The entry already there that it differs from only by case: `src`. */
  existing: string;
}

/**
 * The first name on the way to `relative` (checked, below `root`) that is not in its folder but
 * differs only by case from an entry that is. Names already there exactly are followed; past the
 * first new name everything is new, so nothing deeper can clash. Each folder is listed rather than
 * looked up: a case-insensitive disk would find `README.md` when asked for `readme.md`, and the
 * answer must be the same on every disk. The caller is responsible for links on the way.
 */
export async function findCaseClash(root: string, relative: string): Promise<CaseClash | undefined> {
  const segments = relative.split("/");
  for (const [index, segment] of segments.entries()) {
    const parent = segments.slice(0, index);
    let names: string[];
    try {
      names = await readdir(join(root, ...parent));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw error;
    }
    if (names.includes(segment)) continue;
    const twin = caseTwin(segment, names);
    if (twin === undefined) return undefined;
    return { path: [...parent, segment].join("/"), existing: [...parent, twin].join("/") };
  }
  return undefined;
}

/** Refuses creating `relative` when it would clash by case (see `findCaseClash`), in words a person understands. */
export async function refuseCaseClash(root: string, relative: string): Promise<void> {
  const clash = await findCaseClash(root, relative);
  if (clash !== undefined) throw caseClashError(relative, clash);
}

export function caseClashError(relative: string, clash: CaseClash): CovaltError {
  return new CovaltError("workspace-conflict", caseClashMessage(relative, clash.existing));
}
