import { builtinModules } from "node:module";
import { defineConfig } from "vite";
import packageJson from "./package.json" with { type: "json" };

/**
 * Bundles the server (and the workspace packages it imports as TypeScript) into one ESM file that
 * plain Node runs: fast cold start, no TypeScript loader at run time. Third-party dependencies
 * stay in node_modules (better-sqlite3 is native; pino loads workers by path).
 */
const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(packageJson.dependencies).filter((name) => !name.startsWith("@covalt/")),
];

export default defineConfig({
  build: {
    ssr: "src/cli.ts",
    outDir: "dist",
    emptyOutDir: true,
    target: "node20",
    sourcemap: true,
    minify: false,
    rollupOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { entryFileNames: "cli.js", format: "esm" },
    },
  },
  ssr: { noExternal: [/^@covalt\//] },
});
