import { isAbsolute } from "node:path";
import { defineConfig } from "vite";

/**
 * Bundles the server (and the workspace packages and plugins it imports as TypeScript) into one
 * ESM file that plain Node runs: fast cold start, no TypeScript loader at run time. Every
 * third-party import stays a bare import resolved from node_modules (better-sqlite3 is native;
 * pino loads workers by path).
 */
const isThirdParty = (id: string) =>
  !id.startsWith(".") && !isAbsolute(id) && !id.startsWith("@covalt/") && !id.startsWith("\0");

export default defineConfig({
  build: {
    ssr: "src/cli.ts",
    outDir: "dist",
    emptyOutDir: true,
    target: "node20",
    sourcemap: true,
    minify: false,
    rollupOptions: {
      external: isThirdParty,
      // One file: package-paths.ts resolves folders relative to it, which a chunk in assets/ would break.
      output: { entryFileNames: "cli.js", format: "esm", inlineDynamicImports: true },
    },
  },
  ssr: { noExternal: [/^@covalt\//] },
});
