import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./repo-root.js";

/**
 * Runs the real layer check (the config `npm run layers` uses) over a throwaway tree laid out
 * like the repository, so a deliberate violation can be planted without touching the sources.
 */
function cruise(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "covalt-layers-"));
  cpSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const result = spawnSync(
    process.execPath,
    [
      join(repoRoot, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
      "packages",
      "--config",
      join(repoRoot, ".dependency-cruiser.cjs"),
      "--output-type",
      "err-long",
    ],
    { cwd: root, encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("layer rules", () => {
  it("reject core importing node:fs, naming the rule and what core may import", () => {
    const { status, output } = cruise({
      "packages/core/src/leaky.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("core-is-environment-neutral");
    expect(output).toContain("may import only @covalt/contracts");
  });

  it("reject web importing the server package", () => {
    const { status, output } = cruise({
      "packages/web/src/leaky.ts": 'import { startServer } from "@covalt/server";\nexport const start = startServer;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("web-never-imports-server-or-node");
  });

  it("reject contracts importing anything but zod", () => {
    const { status, output } = cruise({
      "packages/contracts/src/leaky.ts": 'import { Hono } from "hono";\nexport const app = new Hono();\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("contracts-imports-only-zod");
  });

  it("reject runtime code importing the dev-only testing package", () => {
    const { status, output } = cruise({
      "packages/server/src/leaky.ts": 'import { anything } from "@covalt/testing";\nexport const x = anything;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("testing-is-dev-only");
  });

  it("accept the allowed direction: core importing contracts", () => {
    const { status, output } = cruise({
      "packages/contracts/src/index.ts": "export const id = 1;\n",
      "packages/core/src/uses-contracts.ts":
        'import { id } from "../../contracts/src/index.js";\nexport const x = id;\n',
    });
    expect(output).toContain("no dependency violations");
    expect(status).toBe(0);
  });
});
