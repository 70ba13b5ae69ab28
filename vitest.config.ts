import { defineConfig } from "vitest/config";

/** One runner for unit and integration tests across the workspace; e2e uses Playwright. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "contracts", root: "packages/contracts", include: ["src/**/*.test.ts", "test/**/*.test.ts"] } },
      { test: { name: "core", root: "packages/core", include: ["src/**/*.test.ts", "test/**/*.test.ts"] } },
      { test: { name: "plugin-sdk", root: "packages/plugin-sdk", include: ["src/**/*.test.ts"] } },
      { test: { name: "testing", root: "packages/testing", include: ["src/**/*.test.ts", "test/**/*.test.ts"] } },
      {
        test: {
          name: "server",
          root: "packages/server",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "plugins",
          root: "plugins",
          include: ["*/src/**/*.test.ts", "*/test/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      { test: { name: "web", root: "packages/web", include: ["src/**/*.test.ts"] } },
      { test: { name: "tooling", root: "tooling", include: ["**/*.test.ts"], testTimeout: 60_000 } },
    ],
  },
});
