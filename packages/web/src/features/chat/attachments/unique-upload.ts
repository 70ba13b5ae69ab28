import { attachmentPath, numberedName } from "./attachment-files.js";

/** How many numbered names to try before giving up: a folder of `x (2)` … `x (50)` is someone's bug. */
export const maxNameAttempts = 50;

/**
 * Writes a file under `attachments/`, stepping to `name (2).ext`, `name (3).ext`… while `write`
 * says the path is taken (`isTaken` of its error). Resolves with the name and path that worked.
 */
export async function writeUnderFreeName<Result>(
  name: string,
  write: (path: string) => Promise<Result>,
  isTaken: (error: unknown) => boolean,
): Promise<{ name: string; path: string; result: Result }> {
  for (let attempt = 1; ; attempt++) {
    const candidate = numberedName(name, attempt);
    const path = attachmentPath(candidate);
    try {
      return { name: candidate, path, result: await write(path) };
    } catch (error) {
      if (!isTaken(error) || attempt >= maxNameAttempts) throw error;
    }
  }
}

/** Runs at most `limit` tasks at once, the rest in the order they came. */
export function createLimiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next waiting one, so none can slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  };
  return async function run<Result>(task: () => Promise<Result>): Promise<Result> {
    if (running >= limit) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
      });
    } else {
      running++;
    }
    try {
      return await task();
    } finally {
      release();
    }
  };
}
