import { readFileSync, writeFileSync } from "node:fs";
import { renderGeneratedFiles } from "./render-generated.js";

const packageRoot = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", packageRoot), "utf8")) as {
  version: string;
};

for (const [name, content] of Object.entries(renderGeneratedFiles(version))) {
  writeFileSync(new URL(`generated/${name}`, packageRoot), content);
  console.log(`wrote packages/contracts/generated/${name}`);
}
