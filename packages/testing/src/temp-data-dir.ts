import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TempDataDir {
  path: string;
  /** Removes the folder and everything in it; safe to call more than once. */
  cleanup: () => void;
}

/** A fresh, empty Covalt data folder under the OS temp folder, so tests never share state. */
export function createTempDataDir(prefix = "covalt-test-"): TempDataDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    cleanup: () => {
      // Retries cover SQLite's WAL files, which may still be closing just after the server exits.
      rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}
