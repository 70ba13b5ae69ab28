import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Folders of the toolsets that ship with Covalt; each holds a toolset.yaml. Found through the
 * package's own location rather than this file's, because the server bundles this module into
 * its own build output, far from these folders.
 */
const packageRoot = dirname(createRequire(import.meta.url).resolve("@covalt/plugin-toolsets/package.json"));

export const builtinToolsetDirs: readonly string[] = ["files", "web"].map((name) => join(packageRoot, name) + "/");
