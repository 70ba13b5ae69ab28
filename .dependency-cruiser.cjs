/**
 * Layer rules of ARCHITECTURE.md §1, enforced on every `npm test`. Each rule's comment names the
 * allowed set, so a violation says what to do instead.
 */
const runtimePackages = "^packages/(contracts|core|plugin-sdk|server|web)/src/";

module.exports = {
  forbidden: [
    {
      name: "contracts-imports-only-zod",
      severity: "error",
      comment: "packages/contracts may import only zod and its own files (ARCHITECTURE.md §1).",
      from: { path: "^packages/contracts/src/" },
      to: { pathNot: ["^packages/contracts/src/", "(^|/)node_modules/zod/"] },
    },
    {
      name: "core-is-environment-neutral",
      severity: "error",
      comment:
        "packages/core may import only @covalt/contracts: no node:*, DOM, SQLite, fetch or React, so it runs unchanged in Node and the browser (ARCHITECTURE.md §1).",
      from: { path: "^packages/core/src/", pathNot: "\\.test(-helper)?\\.ts$" },
      to: { pathNot: ["^packages/core/src/", "^packages/contracts/src/", "(^|/)node_modules/zod/"] },
    },
    {
      name: "plugin-sdk-imports-only-contracts",
      severity: "error",
      comment: "packages/plugin-sdk may import only @covalt/contracts and zod (ARCHITECTURE.md §1).",
      from: { path: "^packages/plugin-sdk/src/" },
      to: { pathNot: ["^packages/plugin-sdk/src/", "^packages/contracts/src/", "(^|/)node_modules/zod/"] },
    },
    {
      name: "server-never-imports-web",
      severity: "error",
      comment:
        "packages/server may import contracts, core, plugin-sdk and plugins' server entries; never web or React (ARCHITECTURE.md §1).",
      from: { path: "^packages/server/src/" },
      to: { path: ["(^|/)packages/web/", "^@covalt/web", "(^|/)node_modules/react(-dom)?/"] },
    },
    {
      name: "web-never-imports-server-or-node",
      severity: "error",
      comment:
        "packages/web may import contracts, core (pure parts), plugin-sdk and plugins' web entries; never server or node:* (ARCHITECTURE.md §1).",
      from: { path: "^packages/web/src/" },
      to: { path: ["(^|/)packages/server/", "^@covalt/server"] },
    },
    {
      name: "web-never-imports-node-builtins",
      severity: "error",
      comment: "packages/web runs in the browser: node:* modules are not available there (ARCHITECTURE.md §1).",
      from: { path: "^packages/web/src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "plugins-use-the-sdk-only",
      severity: "error",
      comment:
        "plugins/* may import @covalt/plugin-sdk and @covalt/contracts; never core, server or web internals (ARCHITECTURE.md §1).",
      from: { path: "^plugins/" },
      to: { path: ["(^|/)packages/(core|server|web)/", "^@covalt/(core|server|web)"] },
    },
    {
      name: "testing-is-dev-only",
      severity: "error",
      comment: "packages/testing is for tests only; runtime code never imports it (ARCHITECTURE.md §1).",
      from: { path: runtimePackages, pathNot: "\\.test(-helper)?\\.tsx?$" },
      to: { path: ["(^|/)packages/testing/", "^@covalt/testing"] },
    },
    {
      name: "no-unresolvable-imports",
      severity: "error",
      comment: "This import does not resolve to a file or an installed package.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(packages|plugins)/[^/]+/(dist|\\.tsbuild|generated)/|/fixtures/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
