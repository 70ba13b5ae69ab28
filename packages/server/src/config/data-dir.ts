import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where Covalt keeps its database, token and logs when neither `--data-dir` nor
 * `COVALT_DATA_DIR` says otherwise: the platform's per-user data folder.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (platform === "win32") {
    return join(env.APPDATA ?? join(homedir(), "AppData", "Roaming"), "Covalt");
  }
  if (platform === "darwin") {
    return join(homedir(), "Library", "Application Support", "Covalt");
  }
  const xdgDataHome = env.XDG_DATA_HOME;
  return join(
    xdgDataHome !== undefined && xdgDataHome !== "" ? xdgDataHome : join(homedir(), ".local", "share"),
    "covalt",
  );
}
