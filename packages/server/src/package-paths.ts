import { fileURLToPath } from "node:url";

/**
 * Folders the server reads at run time. This module sits one level below the package root both as
 * source (`src/package-paths.ts`) and bundled (`dist/cli.js`), so the same relative URLs hold.
 */
export const migrationsDir = fileURLToPath(new URL("../migrations", import.meta.url));
export const webDistDir = fileURLToPath(new URL("../../web/dist", import.meta.url));
