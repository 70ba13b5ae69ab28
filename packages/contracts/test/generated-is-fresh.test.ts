import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderGeneratedFiles } from "../scripts/render-generated.js";

const packageRoot = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", packageRoot), "utf8")) as {
  version: string;
};

describe("checked-in generated schemas", () => {
  for (const [name, expected] of Object.entries(renderGeneratedFiles(version))) {
    it(`generated/${name} matches the zod sources (run npm run contracts:generate if this fails)`, () => {
      const onDisk = readFileSync(new URL(`generated/${name}`, packageRoot), "utf8");
      expect(onDisk, `generated/${name} is stale: run \`npm run contracts:generate\``).toBe(expected);
    });
  }
});
